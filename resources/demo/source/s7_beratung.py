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
<p>Viele Beratungsstellen bieten Termine in mehreren Sprachen an oder organisieren Dolmetscher.</p>
"""),
        "en": ("counselling", "Counselling", """
<p>In Musterstadt there are many counselling services that help you free of charge. The counsellors are bound by confidentiality. They do not tell anyone what you discuss – not even the foreigners' authority.</p>
<ul>
<li><a href="page:migrationsberatung">Migration counselling</a> for adults and for young people up to the age of 27</li>
<li><a href="page:asylberatung">Asylum procedure and legal counselling</a></li>
</ul>
<p>Many counselling services offer appointments in several languages or arrange interpreters.</p>
"""),
        "ar": ("الاستشارات", "الاستشارات", """
<p dir="rtl">توجد في موسترشتات مراكز استشارية كثيرة تساعدك مجاناً. يلتزم المستشارون والمستشارات بالسرية، فلا يخبرون أحداً بما تناقشه معهم – ولا حتى دائرة الأجانب.</p>
<ul dir="rtl">
<li><a href="page:migrationsberatung">استشارات الهجرة</a> للبالغين وللشباب حتى سن 27 عاماً</li>
<li><a href="page:asylberatung">استشارات إجراءات اللجوء والاستشارات القانونية</a></li>
</ul>
<p dir="rtl">تقدّم مراكز استشارية كثيرة مواعيد بعدة لغات أو توفّر مترجمين.</p>
"""),
        "fa": ("مشاوره", "مشاوره", """
<p dir="rtl">در موسترشتات مراکز مشاوره زیادی هستند که رایگان به شما کمک می‌کنند. مشاوران موظف به رازداری هستند و به هیچ‌کس نمی‌گویند شما درباره چه صحبت کرده‌اید – حتی به اداره اتباع خارجی.</p>
<ul dir="rtl">
<li><a href="page:migrationsberatung">مشاوره مهاجرت</a> برای بزرگسالان و جوانان تا ۲۷ سال</li>
<li><a href="page:asylberatung">مشاوره روند پناهندگی و مشاوره حقوقی</a></li>
</ul>
<p dir="rtl">بسیاری از مراکز مشاوره به چند زبان وقت می‌دهند یا مترجم می‌آورند.</p>
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
<p>Offene Sprechstunde ohne Termin: Dienstag 9:00–12:00 Uhr und Donnerstag 14:00–17:00 Uhr. Wir sprechen Deutsch, Englisch, Arabisch, Farsi/Dari und Ukrainisch.</p>
""" + _CARD),
        "en": ("migration-counselling", "Migration counselling", """
<p>The <strong>migration counselling service for adult immigrants</strong> (<span class="notranslate" translate="no" dir="ltr">Migrationsberatung für erwachsene Zugewanderte</span>, MBE) and the <strong>youth migration service</strong> (<span class="notranslate" translate="no" dir="ltr">Jugendmigrationsdienst</span>, JMD) help you in your first years in Germany. The counselling is free of charge and voluntary.</p>
<p>We help you, for example, with:</p>
<ul>
<li>letters from public offices and filling in applications</li>
<li>looking for a language course, a job or a flat</li>
<li>questions about family, school and health</li>
</ul>
<p>Drop-in hours without an appointment: Tuesday 9:00 am – 12:00 noon and Thursday 2:00 – 5:00 pm. We speak German, English, Arabic, Farsi/Dari and Ukrainian.</p>
""" + _CARD),
        "ar": ("استشارات-الهجرة", "استشارات الهجرة", """
<p dir="rtl">تساعدك <strong>استشارات الهجرة للمهاجرين البالغين</strong> (<span class="notranslate" translate="no" dir="ltr">MBE</span>) و<strong>خدمة هجرة الشباب</strong> (<span class="notranslate" translate="no" dir="ltr">JMD</span>) في سنواتك الأولى في ألمانيا. الاستشارة مجانية واختيارية.</p>
<p dir="rtl">نساعدك مثلاً في:</p>
<ul dir="rtl">
<li>رسائل الدوائر الحكومية وتعبئة الطلبات</li>
<li>البحث عن دورة لغة أو عمل أو شقة</li>
<li>الأسئلة المتعلقة بالأسرة والمدرسة والصحة</li>
</ul>
<p dir="rtl">ساعات استقبال مفتوحة دون موعد: الثلاثاء 9:00–12:00 والخميس 14:00–17:00. نتحدث الألمانية والإنجليزية والعربية والفارسية/الدرية والأوكرانية.</p>
""" + _CARD),
        "fa": ("مشاوره-مهاجرت", "مشاوره مهاجرت", """
<p dir="rtl"><strong>مشاوره مهاجرت برای مهاجران بزرگسال</strong> (<span class="notranslate" translate="no" dir="ltr">MBE</span>) و <strong>خدمات مهاجرت جوانان</strong> (<span class="notranslate" translate="no" dir="ltr">JMD</span>) در سال‌های نخست زندگی در آلمان به شما کمک می‌کنند. مشاوره رایگان و داوطلبانه است.</p>
<p dir="rtl">برای نمونه در این موارد کمک می‌کنیم:</p>
<ul dir="rtl">
<li>نامه‌های اداری و پر کردن فرم‌های درخواست</li>
<li>پیدا کردن دوره زبان، کار یا خانه</li>
<li>پرسش‌های مربوط به خانواده، مدرسه و سلامت</li>
</ul>
<p dir="rtl">ساعات مراجعه آزاد بدون وقت قبلی: سه‌شنبه ۹:۰۰ تا ۱۲:۰۰ و پنجشنبه ۱۴:۰۰ تا ۱۷:۰۰. ما به آلمانی، انگلیسی، عربی، فارسی/دری و اوکراینی صحبت می‌کنیم.</p>
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
<p>The asylum procedure counselling is independent of the authorities. It is free of charge.</p>
<p>Office hours: Monday and Wednesday 10:00 am – 1:00 pm, Lindenstraße 12, 1st floor<br>E-mail: <a href="mailto:asyl@migrationsdienst-musterstadt.example">asyl@migrationsdienst-musterstadt.example</a></p>
"""),
    },
]
