"""Demo pages: Beratung (format: see ``s1_sprache.py``). No Ukrainian translation of this section."""

from __future__ import annotations

_CARD = (
    '<div data-contact-id="32" data-contact-url="/musterstadt/contact/32/'
    '?details=name,area_of_responsibility,address,email,phone_number"></div>'
)

PAGES = [
    {
        "key": "beratung",
        "id": 1361,
        "parent": None,
        "icon": "icon-beratung.png",
        "updated": "2024-12-04 13:15:42.771",
        "de": ("beratung", "Beratung", """
<p>In Musterstadt gibt es viele Beratungsstellen, die Ihnen kostenlos helfen. Die Beraterinnen und Berater haben Schweigepflicht. Sie erzählen niemandem, was Sie besprechen – auch nicht der Ausländerbehörde.</p>
<ul>
<li><a href="page:migrationsberatung">Migrationsberatung</a> für Erwachsene und für junge Menschen bis 27 Jahre</li>
<li><a href="page:asylberatung">Asylverfahrens- und Rechtsberatung</a></li>
</ul>
<p>Viele Beratungsstellen bieten Termine in mehreren Sprachen an oder organisieren Dolmetscher. Eine Übersicht aller Beratungsstellen in Musterstadt bekommen Sie auch im Bürgerbüro im Rathaus.</p>
"""),
        "en": ("counselling", "Counselling", """
<p>In Musterstadt there are many counselling services that help you free of charge. The counsellors are bound by confidentiality. They do not tell anyone what you discuss – not even the foreigners' authority.</p>
<ul>
<li><a href="page:migrationsberatung">Migration counselling</a> for adults and for young people up to the age of 27</li>
<li><a href="page:asylberatung">Asylum procedure and legal counselling</a></li>
</ul>
<p>Many counselling services offer appointments in several languages or arrange interpreters. You can also get an overview of all counselling services in Musterstadt at the citizens' office in the town hall.</p>
"""),
        "ar": ("الاستشارات", "الاستشارات", """
<p dir="rtl">توجد في موسترشتات مراكز استشارية كثيرة تساعدك مجاناً. يلتزم المستشارون والمستشارات بالسرية، فلا يخبرون أحداً بما تناقشه معهم – ولا حتى دائرة الأجانب.</p>
<ul dir="rtl">
<li><a href="page:migrationsberatung">استشارات الهجرة</a> للبالغين وللشباب حتى سن 27 عاماً</li>
<li><a href="page:asylberatung">استشارات إجراءات اللجوء والاستشارات القانونية</a></li>
</ul>
<p dir="rtl">تقدّم مراكز استشارية كثيرة مواعيد بعدة لغات أو توفّر مترجمين. يمكنك أيضاً الحصول على قائمة بجميع المراكز الاستشارية في موسترشتات من مكتب خدمة المواطنين في مبنى البلدية.</p>
"""),
        "fa": ("مشاوره", "مشاوره", """
<p dir="rtl">در موسترشتات مراکز مشاوره زیادی هستند که رایگان به شما کمک می‌کنند. مشاوران موظف به رازداری هستند و به هیچ‌کس نمی‌گویند شما درباره چه صحبت کرده‌اید – حتی به اداره اتباع خارجی.</p>
<ul dir="rtl">
<li><a href="page:migrationsberatung">مشاوره مهاجرت</a> برای بزرگسالان و جوانان تا ۲۷ سال</li>
<li><a href="page:asylberatung">مشاوره روند پناهندگی و مشاوره حقوقی</a></li>
</ul>
<p dir="rtl">بسیاری از مراکز مشاوره به چند زبان وقت می‌دهند یا مترجم می‌آورند. فهرست همه مراکز مشاوره در موسترشتات را در دفتر خدمات شهروندی در شهرداری هم می‌توانید بگیرید.</p>
"""),
    },
    {
        "key": "migrationsberatung",
        "id": 1362,
        "parent": "beratung",
        "icon": None,
        "organization": "migrationsdienst",
        "updated": "2025-03-24 10:52:07.319",
        "de": ("migrationsberatung", "Migrationsberatung", """
<p>Die <strong>Migrationsberatung für erwachsene Zugewanderte</strong> (MBE) und der <strong>Jugendmigrationsdienst</strong> (JMD) helfen Ihnen in den ersten Jahren in Deutschland. Die Beratung ist kostenlos und freiwillig.</p>
<p>Wir helfen zum Beispiel bei:</p>
<ul>
<li>Briefen von Ämtern und beim Ausfüllen von Anträgen</li>
<li>der Suche nach einem Sprachkurs, einer Arbeit oder einer Wohnung</li>
<li>Fragen zu Familie, Schule und Gesundheit</li>
</ul>
<p>Die Migrationsberatung für Erwachsene ist für Menschen ab 27 Jahren da, der Jugendmigrationsdienst für junge Menschen von 12 bis 27 Jahren. Wir beraten unabhängig von Ihrem Aufenthaltsstatus. Was Sie uns sagen, bleibt vertraulich. Sie müssen nichts bezahlen und kein Mitglied sein. Gerne können auch Angehörige mitkommen.</p>
<p>Offene Sprechstunde ohne Termin: Dienstag 9:00–12:00 Uhr und Donnerstag 14:00–17:00 Uhr. Wir sprechen Deutsch, Englisch, Arabisch, Farsi/Dari und Ukrainisch.</p>
<h2>Außensprechstunden</h2>
<ul>
<li>Musterdorf, Bürgerhaus, Dorfplatz 1: jeden 1. und 3. Mittwoch im Monat, 9:00–11:30 Uhr</li>
<li>Beispielhausen, Familienzentrum, Schulweg 4: jeden Freitag, 10:00–12:00 Uhr</li>
</ul>
<p>Für längere Gespräche vereinbaren Sie bitte einen Termin per Telefon oder E-Mail. Bringen Sie alle Briefe und Unterlagen mit, um die es geht. Wenn Sie eine andere Sprache brauchen, organisieren wir eine Dolmetscherin oder einen Dolmetscher. Auf Wunsch beraten wir Sie auch per Video oder Telefon. ☕</p>
""" + _CARD),
        "en": ("migration-counselling", "Migration counselling", """
<p>The <strong>migration counselling service for adult immigrants</strong> (<span class="notranslate" translate="no" dir="ltr">Migrationsberatung für erwachsene Zugewanderte</span>, MBE) and the <strong>youth migration service</strong> (<span class="notranslate" translate="no" dir="ltr">Jugendmigrationsdienst</span>, JMD) help you in your first years in Germany. The counselling is free of charge and voluntary.</p>
<p>We help you, for example, with:</p>
<ul>
<li>letters from public offices and filling in applications</li>
<li>looking for a language course, a job or a flat</li>
<li>questions about family, school and health</li>
</ul>
<p>Migration counselling for adults is for people aged 27 and over, the youth migration service for young people aged 12 to 27. We advise you regardless of your residence status. What you tell us remains confidential. You do not have to pay anything or be a member. Family members are welcome to come along.</p>
<p>Drop-in hours without an appointment: Tuesday 9:00 am – 12:00 noon and Thursday 2:00 – 5:00 pm. We speak German, English, Arabic, Farsi/Dari and Ukrainian.</p>
<h2>Outreach office hours</h2>
<ul>
<li>Musterdorf, community centre (<span class="notranslate" translate="no" dir="ltr">Bürgerhaus</span>), Dorfplatz 1: every 1st and 3rd Wednesday of the month, 9:00 – 11:30 am</li>
<li>Beispielhausen, family centre, Schulweg 4: every Friday, 10:00 am – 12:00 noon</li>
</ul>
<p>For longer conversations, please make an appointment by phone or e-mail. Bring all the letters and documents concerned. If you need another language, we will arrange an interpreter. On request, we can also advise you by video or phone. ☕</p>
""" + _CARD),
        "ar": ("استشارات-الهجرة", "استشارات الهجرة", """
<p dir="rtl">تساعدك <strong>استشارات الهجرة للمهاجرين البالغين</strong> (<span class="notranslate" translate="no" dir="ltr">MBE</span>) و<strong>خدمة هجرة الشباب</strong> (<span class="notranslate" translate="no" dir="ltr">JMD</span>) في سنواتك الأولى في ألمانيا. الاستشارة مجانية واختيارية.</p>
<p dir="rtl">نساعدك مثلاً في:</p>
<ul dir="rtl">
<li>رسائل الدوائر الحكومية وتعبئة الطلبات</li>
<li>البحث عن دورة لغة أو عمل أو شقة</li>
<li>الأسئلة المتعلقة بالأسرة والمدرسة والصحة</li>
</ul>
<p dir="rtl">استشارات الهجرة للبالغين مخصّصة للأشخاص من عمر 27 عاماً فما فوق، وخدمة هجرة الشباب للشباب من 12 إلى 27 عاماً. نقدّم المشورة بغض النظر عن وضع إقامتك، وكل ما تخبرنا به يبقى سرياً. لا تدفع شيئاً ولا تحتاج إلى عضوية، ويمكن لأفراد أسرتك مرافقتك أيضاً.</p>
<p dir="rtl">ساعات استقبال مفتوحة دون موعد: الثلاثاء 9:00–12:00 والخميس 14:00–17:00. نتحدث الألمانية والإنجليزية والعربية والفارسية/الدرية والأوكرانية.</p>
<h2>ساعات الاستقبال الخارجية</h2>
<ul dir="rtl">
<li><span class="notranslate" translate="no" dir="ltr">Musterdorf, Bürgerhaus, Dorfplatz 1</span>: أول وثالث أربعاء من كل شهر، 9:00–11:30</li>
<li><span class="notranslate" translate="no" dir="ltr">Beispielhausen, Familienzentrum, Schulweg 4</span>: كل يوم جمعة، 10:00–12:00</li>
</ul>
<p dir="rtl">للمحادثات الأطول يُرجى حجز موعد بالهاتف أو بالبريد الإلكتروني. أحضر جميع الرسائل والمستندات المتعلقة بموضوعك. إذا كنت تحتاج إلى لغة أخرى، فسنوفّر لك مترجماً أو مترجمة. ويمكننا عند الطلب تقديم الاستشارة عبر الفيديو أو الهاتف. ☕</p>
""" + _CARD),
        "fa": ("مشاوره-مهاجرت", "مشاوره مهاجرت", """
<p dir="rtl"><strong>مشاوره مهاجرت برای مهاجران بزرگسال</strong> (<span class="notranslate" translate="no" dir="ltr">MBE</span>) و <strong>خدمات مهاجرت جوانان</strong> (<span class="notranslate" translate="no" dir="ltr">JMD</span>) در سال‌های نخست زندگی در آلمان به شما کمک می‌کنند. مشاوره رایگان و داوطلبانه است.</p>
<p dir="rtl">برای نمونه در این موارد کمک می‌کنیم:</p>
<ul dir="rtl">
<li>نامه‌های اداری و پر کردن فرم‌های درخواست</li>
<li>پیدا کردن دوره زبان، کار یا خانه</li>
<li>پرسش‌های مربوط به خانواده، مدرسه و سلامت</li>
</ul>
<p dir="rtl">مشاوره مهاجرت بزرگسالان برای افراد ۲۷ سال به بالا و خدمات مهاجرت جوانان برای جوانان ۱۲ تا ۲۷ ساله است. ما بدون توجه به وضعیت اقامت شما مشاوره می‌دهیم. آنچه به ما می‌گویید محرمانه می‌ماند. لازم نیست چیزی بپردازید یا عضو باشید. اعضای خانواده هم می‌توانند همراه شما بیایند.</p>
<p dir="rtl">ساعات مراجعه آزاد بدون وقت قبلی: سه‌شنبه ۹:۰۰ تا ۱۲:۰۰ و پنجشنبه ۱۴:۰۰ تا ۱۷:۰۰. ما به آلمانی، انگلیسی، عربی، فارسی/دری و اوکراینی صحبت می‌کنیم.</p>
<h2>ساعات مشاوره بیرون از دفتر</h2>
<ul dir="rtl">
<li><span class="notranslate" translate="no" dir="ltr">Musterdorf, Bürgerhaus, Dorfplatz 1</span>: اولین و سومین چهارشنبه هر ماه، ۹:۰۰ تا ۱۱:۳۰</li>
<li><span class="notranslate" translate="no" dir="ltr">Beispielhausen, Familienzentrum, Schulweg 4</span>: هر جمعه، ۱۰:۰۰ تا ۱۲:۰۰</li>
</ul>
<p dir="rtl">برای گفت‌وگوهای طولانی‌تر لطفاً تلفنی یا با ایمیل وقت بگیرید. همه نامه‌ها و مدارک مربوط را همراه بیاورید. اگر به زبان دیگری نیاز دارید، برایتان مترجم می‌آوریم. در صورت تمایل، از طریق تماس تصویری یا تلفن هم مشاوره می‌دهیم. ☕</p>
""" + _CARD),
    },
    {
        "key": "asylberatung",
        "id": 1363,
        "parent": "beratung",
        "icon": None,
        "updated": "2025-06-02 15:44:29.536",
        "de": ("asylverfahrensberatung", "Asylverfahrens- und Rechtsberatung", """
<p>Haben Sie einen Brief vom Bundesamt für Migration und Flüchtlinge (BAMF) oder vom Gericht bekommen? Haben Sie Angst vor einer Abschiebung? Dann lassen Sie sich <strong>sofort</strong> beraten. Viele Fristen sind sehr kurz, manchmal nur <em>eine Woche</em>.</p>
<h2>Wobei wir helfen</h2>
<ul>
<li>Vorbereitung auf die Anhörung beim BAMF</li>
<li>Erklärung von Bescheiden und Fristen</li>
<li>Vermittlung an Anwältinnen und Anwälte für Ausländerrecht</li>
</ul>
<p>Zur Anhörung dürfen Sie eine Person Ihres Vertrauens mitbringen. Frauen können verlangen, von einer Frau angehört zu werden und eine Dolmetscherin zu bekommen. Sagen Sie das dem BAMF möglichst früh.</p>
<h2>Fristen im Asylverfahren</h2>
<p>Gegen einen ablehnenden Bescheid des BAMF können Sie beim Verwaltungsgericht klagen. Die Frist beträgt meistens <strong>zwei Wochen</strong>, bei einer Ablehnung als „offensichtlich unbegründet“ nur <strong>eine Woche</strong>. Die Frist beginnt mit dem Tag, an dem der Brief zugestellt wurde. Heben Sie deshalb immer den Briefumschlag auf – darauf steht das Zustelldatum.</p>
<h2>Bringen Sie zur Beratung mit</h2>
<ul>
<li>Ihre Aufenthaltsgestattung oder Duldung und Ihren Pass, falls vorhanden</li>
<li>alle Briefe vom BAMF, von der Ausländerbehörde und vom Gericht, mit Umschlag</li>
<li>ggf. das Protokoll Ihrer Anhörung</li>
</ul>
<p>Die Asylverfahrensberatung ist unabhängig von den Behörden. Sie ist kostenlos.</p>
<p>Sprechzeiten: Montag und Mittwoch 10:00–13:00 Uhr, Lindenstraße 12, 1. Stock<br>E-Mail: <a href="mailto:asyl@migrationsdienst-musterstadt.example">asyl@migrationsdienst-musterstadt.example</a></p>
"""),
        "en": ("asylum-procedure-counselling", "Asylum procedure and legal counselling", """
<p>Have you received a letter from the Federal Office for Migration and Refugees (BAMF) or from a court? Are you afraid of deportation? Then get advice <strong>immediately</strong>. Many deadlines are very short, sometimes only <em>one week</em>.</p>
<h2>What we help with</h2>
<ul>
<li>preparing for the interview at the BAMF</li>
<li>explaining decisions and deadlines</li>
<li>referral to lawyers specialising in immigration law</li>
</ul>
<p>You may bring a person you trust to the interview. Women can ask to be interviewed by a woman and to have a female interpreter. Tell the BAMF as early as possible.</p>
<h2>Deadlines in the asylum procedure</h2>
<p>You can take legal action at the administrative court against a negative decision by the BAMF. The deadline is usually <strong>two weeks</strong>, and only <strong>one week</strong> if the application was rejected as “manifestly unfounded”. The deadline starts on the day the letter was delivered. So always keep the envelope – the delivery date is written on it.</p>
<h2>Bring to the counselling session</h2>
<ul>
<li>your permission to stay (<span class="notranslate" translate="no" dir="ltr">Aufenthaltsgestattung</span>) or toleration (<span class="notranslate" translate="no" dir="ltr">Duldung</span>) and your passport, if you have one</li>
<li>all letters from the BAMF, the foreigners' authority and the court, with the envelope</li>
<li>if available, the record of your interview</li>
</ul>
<p>The asylum procedure counselling is independent of the authorities. It is free of charge.</p>
<p>Office hours: Monday and Wednesday 10:00 am – 1:00 pm, Lindenstraße 12, 1st floor<br>E-mail: <a href="mailto:asyl@migrationsdienst-musterstadt.example">asyl@migrationsdienst-musterstadt.example</a></p>
"""),
    },
]
