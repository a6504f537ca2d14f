"""Demo pages: Schule & Kita (format: see ``s1_sprache.py``).

The Ukrainian translation of "Kita-Gutschein" exists, but its parent has none: the CMS drops it from
``pages/uk.json`` while the other languages still list it in ``available_languages``.
"""

from __future__ import annotations

PAGES = [
    {
        "key": "schule-kita",
        "id": 1341,
        "parent": None,
        "icon": "icon-schule.png",
        "updated": "2024-11-20 12:31:04.485",
        "de": ("schule-und-kita", "Schule & Kita", """
<p>In Deutschland gilt die <strong>Schulpflicht</strong>: Alle Kinder, die hier wohnen, müssen zur Schule gehen – in Bayern meistens ab sechs Jahren. Das gilt auch für geflüchtete Kinder.</p>
<p>Kinder ab einem Jahr haben ein Recht auf einen Platz in einer Kita oder bei einer Tagesmutter. In der Kita lernen Kinder spielerisch Deutsch und finden Freunde. Fragen zu Kita und Schule beantwortet das Bildungsbüro im Rathaus, Zimmer 205.</p>
<ul>
<li><a href="page:kita-gutschein">Kita-Gutschein</a></li>
<li><a href="page:schulanmeldung">Schulanmeldung</a></li>
</ul>
"""),
        "en": ("school-and-day-care", "School & day care", """
<p>In Germany, <strong>school attendance is compulsory</strong>: all children who live here must go to school – in Bavaria usually from the age of six. This also applies to refugee children.</p>
<p>Children aged one and over have a right to a place at a day-care centre (<span class="notranslate" translate="no" dir="ltr">Kita</span>) or with a childminder. At day care, children learn German through play and make friends. The education office (<span class="notranslate" translate="no" dir="ltr">Bildungsbüro</span>) in the town hall, room 205, answers questions about day care and school.</p>
<ul>
<li><a href="page:kita-gutschein">Day-care voucher</a></li>
<li><a href="page:schulanmeldung">School registration</a></li>
</ul>
"""),
        "ar": ("المدرسة-والحضانة", "المدرسة والحضانة", """
<p dir="rtl">في ألمانيا <strong>التعليم إلزامي</strong>: يجب على جميع الأطفال الذين يعيشون هنا الذهاب إلى المدرسة – في بافاريا غالباً من سن السادسة. وهذا يشمل الأطفال اللاجئين أيضاً.</p>
<p dir="rtl">للأطفال من عمر سنة واحدة الحق في مكان في الحضانة (<span class="notranslate" translate="no" dir="ltr">Kita</span>) أو لدى مربية أطفال. في الحضانة يتعلم الأطفال الألمانية من خلال اللعب ويكوّنون صداقات. يجيب مكتب التعليم (<span class="notranslate" translate="no" dir="ltr">Bildungsbüro</span>) في مبنى البلدية، الغرفة 205، عن الأسئلة المتعلقة بالحضانة والمدرسة.</p>
<ul dir="rtl">
<li><a href="page:kita-gutschein">قسيمة الحضانة</a></li>
<li><a href="page:schulanmeldung">التسجيل في المدرسة</a></li>
</ul>
"""),
        "fa": ("مدرسه-و-مهدکودک", "مدرسه و مهدکودک", """
<p dir="rtl">در آلمان <strong>تحصیل اجباری</strong> است: همه کودکانی که اینجا زندگی می‌کنند باید به مدرسه بروند – در بایرن معمولاً از شش سالگی. این قانون شامل کودکان پناهنده هم می‌شود.</p>
<p dir="rtl">کودکان از یک سالگی حق دارند در مهدکودک (<span class="notranslate" translate="no" dir="ltr">Kita</span>) یا نزد پرستار کودک جا داشته باشند. کودکان در مهدکودک با بازی آلمانی یاد می‌گیرند و دوست پیدا می‌کنند. دفتر آموزش (<span class="notranslate" translate="no" dir="ltr">Bildungsbüro</span>) در شهرداری، اتاق ۲۰۵، به پرسش‌های مربوط به مهدکودک و مدرسه پاسخ می‌دهد.</p>
<ul dir="rtl">
<li><a href="page:kita-gutschein">کوپن مهدکودک</a></li>
<li><a href="page:schulanmeldung">ثبت‌نام در مدرسه</a></li>
</ul>
"""),
    },
    {
        "key": "kita-gutschein",
        "id": 1342,
        "parent": "schule-kita",
        "icon": None,
        "updated": "2025-09-01 10:14:56.231",
        "de": ("kita-gutschein", "Kita-Gutschein", """
<p>In Musterstadt brauchen Sie für einen Kita-Platz einen <strong>Kita-Gutschein</strong>. Der Gutschein zeigt, wie viele Stunden Betreuung Ihr Kind pro Tag bekommt.</p>
<p>Es gibt verschiedene Angebote: die <strong>Krippe</strong> für Kinder von 1 bis 3 Jahren, den <strong>Kindergarten</strong> für Kinder von 3 Jahren bis zum Schulbeginn und die <strong>Tagespflege</strong> bei einer Tagesmutter oder einem Tagesvater. Schulkinder können nachmittags in den Hort gehen.</p>
<h2>So bekommen Sie den Gutschein</h2>
<ol>
<li>Stellen Sie den Antrag beim Jugendamt, spätestens <em>sechs Monate</em> bevor Ihr Kind in die Kita gehen soll.</li>
<li>Legen Sie die Geburtsurkunde des Kindes und die Meldebescheinigung bei. Wenn Sie mehr als sechs Stunden Betreuung brauchen: eine Bescheinigung über Arbeit, Ausbildung oder Sprachkurs.</li>
<li>Mit dem Gutschein suchen Sie eine Kita und melden Ihr Kind dort an.</li>
</ol>
<p>Freie Plätze finden Sie im Kita-Portal <a href="https://kita.musterstadt.example">kita.musterstadt.example</a>. Dort können Sie Ihr Kind bei bis zu fünf Kitas gleichzeitig vormerken. Die meisten Plätze werden im Frühjahr für den Start im September vergeben. Vor dem ersten Kita-Tag brauchen Sie einen Nachweis über die Masernimpfung Ihres Kindes.</p>
<p>Die Kita kostet je nach Einkommen zwischen 0 und 280 Euro im Monat. Wenn Sie Bürgergeld oder Wohngeld bekommen, zahlen Sie nichts.</p>
<p>Für Kinder ab 3 Jahren gibt es in Bayern derzeit einen Zuschuss von 100 Euro im Monat. Die Kita zieht ihn direkt vom Beitrag ab. Das Mittagessen kostet extra. Mit Bürgergeld oder Wohngeld ist es über das Bildungs- und Teilhabepaket kostenlos.</p>
<p>Das Jugendamt hilft beim Antrag: Rathausplatz 4, Zimmer 201, <a href="mailto:kita@musterstadt.example">kita@musterstadt.example</a>.</p>
"""),
        "en": ("day-care-voucher", "Day-care voucher", """
<p>In Musterstadt you need a <strong>day-care voucher</strong> (<span class="notranslate" translate="no" dir="ltr">Kita-Gutschein</span>) for a place at a day-care centre. The voucher shows how many hours of care your child gets per day.</p>
<p>There are different options: the <strong>crèche</strong> (<span class="notranslate" translate="no" dir="ltr">Krippe</span>) for children aged 1 to 3, the <strong>kindergarten</strong> for children from 3 until they start school, and <strong>childminding</strong> (<span class="notranslate" translate="no" dir="ltr">Tagespflege</span>) with a childminder. School children can go to an after-school club (<span class="notranslate" translate="no" dir="ltr">Hort</span>) in the afternoon.</p>
<h2>How to get the voucher</h2>
<ol>
<li>Apply at the youth welfare office at the latest <em>six months</em> before your child is to start day care.</li>
<li>Enclose your child's birth certificate and your registration certificate. If you need more than six hours of care: a certificate of work, training or a language course.</li>
<li>With the voucher, look for a day-care centre and register your child there.</li>
</ol>
<p>You can find free places on the day-care portal <a href="https://kita.musterstadt.example">kita.musterstadt.example</a>. There you can put your child on the list of up to five day-care centres at the same time. Most places are allocated in spring for a start in September. Before the first day at day care you need proof that your child has been vaccinated against measles.</p>
<p>Day care costs between 0 and 280 euros a month, depending on income. If you receive citizen's income or housing benefit, you pay nothing.</p>
<p>For children aged 3 and over, Bavaria currently pays a subsidy of 100 euros a month. The day-care centre deducts it directly from the fee. Lunch costs extra. If you receive citizen's income or housing benefit, lunch is free through the education and participation package (<span class="notranslate" translate="no" dir="ltr">Bildungs- und Teilhabepaket</span>).</p>
<p>The youth welfare office helps with the application: Rathausplatz 4, room 201, <a href="mailto:kita@musterstadt.example">kita@musterstadt.example</a>.</p>
"""),
        "ar": ("قسيمة-الحضانة", "قسيمة الحضانة", """
<p dir="rtl">تحتاج في موسترشتات إلى <strong>قسيمة الحضانة</strong> (<span class="notranslate" translate="no" dir="ltr">Kita-Gutschein</span>) للحصول على مكان في الحضانة. تبيّن القسيمة عدد ساعات الرعاية اليومية لطفلك.</p>
<p dir="rtl">توجد عروض مختلفة: <strong>دار الحضانة</strong> (<span class="notranslate" translate="no" dir="ltr">Krippe</span>) للأطفال من سنة إلى 3 سنوات، و<strong>روضة الأطفال</strong> (<span class="notranslate" translate="no" dir="ltr">Kindergarten</span>) للأطفال من 3 سنوات حتى دخول المدرسة، و<strong>الرعاية النهارية</strong> (<span class="notranslate" translate="no" dir="ltr">Tagespflege</span>) لدى مربية أو مربٍّ. ويمكن لتلاميذ المدارس الذهاب بعد الظهر إلى مركز الرعاية المدرسية (<span class="notranslate" translate="no" dir="ltr">Hort</span>).</p>
<h2>كيف تحصل على القسيمة؟</h2>
<ol dir="rtl">
<li>قدّم الطلب لدى مكتب رعاية الشباب قبل <em>ستة أشهر</em> على الأقل من موعد التحاق طفلك بالحضانة.</li>
<li>أرفق شهادة ميلاد الطفل وشهادة تسجيل السكن. إذا كنت تحتاج إلى أكثر من ست ساعات رعاية: شهادة عمل أو تدريب أو دورة لغة.</li>
<li>ابحث بالقسيمة عن حضانة وسجّل طفلك فيها.</li>
</ol>
<p dir="rtl">تجد الأماكن الشاغرة على بوابة الحضانات <a href="https://kita.musterstadt.example">kita.musterstadt.example</a>. يمكنك هناك تسجيل طفلك في قوائم ما يصل إلى خمس حضانات في الوقت نفسه. تُوزَّع معظم الأماكن في الربيع للبدء في سبتمبر/أيلول. قبل اليوم الأول في الحضانة تحتاج إلى إثبات تطعيم طفلك ضد الحصبة.</p>
<p dir="rtl">تتراوح تكلفة الحضانة بين 0 و280 يورو شهرياً حسب الدخل. إذا كنت تحصل على إعانة المواطن أو إعانة السكن، فلا تدفع شيئاً.</p>
<p dir="rtl">للأطفال من عمر 3 سنوات تدفع ولاية بافاريا حالياً دعماً قدره 100 يورو شهرياً، تخصمه الحضانة مباشرة من الرسوم. وجبة الغداء تُدفع بشكل منفصل، لكنها مجانية لمن يحصل على إعانة المواطن أو إعانة السكن عبر حزمة التعليم والمشاركة (<span class="notranslate" translate="no" dir="ltr">Bildungs- und Teilhabepaket</span>).</p>
<p dir="rtl">يساعدك مكتب رعاية الشباب في الطلب: <span class="notranslate" translate="no" dir="ltr">Rathausplatz 4</span>، الغرفة 201، <a href="mailto:kita@musterstadt.example">kita@musterstadt.example</a>.</p>
"""),
        "fa": ("کوپن-مهدکودک", "کوپن مهدکودک", """
<p dir="rtl">در موسترشتات برای جای مهدکودک به <strong>کوپن مهدکودک</strong> (<span class="notranslate" translate="no" dir="ltr">Kita-Gutschein</span>) نیاز دارید. این کوپن نشان می‌دهد فرزندتان روزانه چند ساعت نگهداری می‌شود.</p>
<p dir="rtl">گزینه‌های مختلفی وجود دارد: <strong>شیرخوارگاه</strong> (<span class="notranslate" translate="no" dir="ltr">Krippe</span>) برای کودکان ۱ تا ۳ ساله، <strong>کودکستان</strong> (<span class="notranslate" translate="no" dir="ltr">Kindergarten</span>) برای کودکان از ۳ سالگی تا شروع مدرسه و <strong>نگهداری روزانه</strong> (<span class="notranslate" translate="no" dir="ltr">Tagespflege</span>) نزد یک پرستار کودک. دانش‌آموزان می‌توانند بعدازظهرها به مرکز نگهداری پس از مدرسه (<span class="notranslate" translate="no" dir="ltr">Hort</span>) بروند.</p>
<h2>چگونه کوپن بگیرید</h2>
<ol dir="rtl">
<li>درخواست را حداکثر <em>شش ماه</em> پیش از شروع مهدکودک فرزندتان به اداره امور جوانان بدهید.</li>
<li>شناسنامه کودک و گواهی ثبت نشانی را پیوست کنید. اگر بیش از شش ساعت نگهداری لازم دارید: گواهی کار، آموزش حرفه‌ای یا دوره زبان.</li>
<li>با کوپن یک مهدکودک پیدا کنید و فرزندتان را آنجا ثبت‌نام کنید.</li>
</ol>
<p dir="rtl">جاهای خالی را در درگاه مهدکودک‌ها <a href="https://kita.musterstadt.example">kita.musterstadt.example</a> پیدا می‌کنید. آنجا می‌توانید فرزندتان را هم‌زمان در فهرست حداکثر پنج مهدکودک ثبت کنید. بیشتر جاها در بهار برای شروع در سپتامبر واگذار می‌شود. پیش از نخستین روز مهدکودک به گواهی واکسن سرخک فرزندتان نیاز دارید.</p>
<p dir="rtl">هزینه مهدکودک بسته به درآمد بین ۰ تا ۲۸۰ یورو در ماه است. اگر کمک‌هزینه شهروندی یا کمک‌هزینه مسکن می‌گیرید، چیزی نمی‌پردازید.</p>
<p dir="rtl">برای کودکان از ۳ سالگی، ایالت بایرن در حال حاضر ماهانه ۱۰۰ یورو کمک‌هزینه می‌دهد. مهدکودک این مبلغ را مستقیماً از شهریه کم می‌کند. ناهار جداگانه حساب می‌شود؛ برای کسانی که کمک‌هزینه شهروندی یا کمک‌هزینه مسکن می‌گیرند، از طریق بسته آموزش و مشارکت (<span class="notranslate" translate="no" dir="ltr">Bildungs- und Teilhabepaket</span>) رایگان است.</p>
<p dir="rtl">اداره امور جوانان در درخواست به شما کمک می‌کند: <span class="notranslate" translate="no" dir="ltr">Rathausplatz 4</span>، اتاق ۲۰۱، <a href="mailto:kita@musterstadt.example">kita@musterstadt.example</a>.</p>
"""),
        "uk": ("ваучер-на-дитсадок", "Ваучер на дитячий садок", """
<p>У Мустерштадті для місця в дитячому садку потрібен <strong>ваучер</strong> (<span class="notranslate" translate="no" dir="ltr">Kita-Gutschein</span>). Він показує, скільки годин на день ваша дитина може перебувати в садку.</p>
<p>Є різні форми догляду: <strong>ясла</strong> (<span class="notranslate" translate="no" dir="ltr">Krippe</span>) для дітей від 1 до 3 років, <strong>дитячий садок</strong> (<span class="notranslate" translate="no" dir="ltr">Kindergarten</span>) для дітей від 3 років до вступу до школи та <strong>денний догляд</strong> (<span class="notranslate" translate="no" dir="ltr">Tagespflege</span>) у няні. Школярі можуть після уроків ходити до групи продовженого дня (<span class="notranslate" translate="no" dir="ltr">Hort</span>).</p>
<h2>Як отримати ваучер</h2>
<ol>
<li>Подайте заяву до відомства у справах молоді не пізніше ніж за <em>шість місяців</em> до того, як дитина має піти в садок.</li>
<li>Додайте свідоцтво про народження дитини та довідку про реєстрацію місця проживання. Якщо вам потрібно понад шість годин догляду — довідку з роботи, місця навчання або мовного курсу.</li>
<li>З ваучером шукайте дитячий садок і записуйте туди дитину.</li>
</ol>
<p>Вільні місця можна знайти на порталі дитсадків <a href="https://kita.musterstadt.example">kita.musterstadt.example</a>. Там можна одночасно поставити дитину в чергу до п'яти садків. Більшість місць розподіляють навесні на початок вересня. Перед першим днем у садку вам потрібне підтвердження щеплення дитини від кору.</p>
<p>Залежно від доходу садок коштує від 0 до 280 євро на місяць. Якщо ви отримуєте громадянську допомогу або житлову допомогу, ви нічого не платите.</p>
<p>Для дітей від 3 років Баварія зараз виплачує доплату 100 євро на місяць. Садок вираховує її безпосередньо з внеску. Обід оплачується окремо; з громадянською або житловою допомогою він безкоштовний через пакет освіти й участі (<span class="notranslate" translate="no" dir="ltr">Bildungs- und Teilhabepaket</span>).</p>
<p>Відомство у справах молоді допомагає із заявою: Rathausplatz 4, кімната 201, <a href="mailto:kita@musterstadt.example">kita@musterstadt.example</a>.</p>
"""),
    },
    {
        "key": "schulanmeldung",
        "id": 1343,
        "parent": "schule-kita",
        "icon": None,
        "updated": "2025-02-10 08:36:22.907",
        "de": ("schulanmeldung", "Schulanmeldung", """
<p>Kinder, die bis zum 30. September sechs Jahre alt werden, kommen im selben Jahr in die Schule. Die <strong>Schuleinschreibung</strong> für die Grundschule ist im März. Sie bekommen vorher einen Brief von der Stadt.</p>
<h2>Neu in Musterstadt?</h2>
<p>Wenn Sie mit einem Kind im Schulalter nach Musterstadt ziehen, melden Sie es sofort an:</p>
<ul>
<li>Grundschule (1. bis 4. Klasse): direkt bei der Grundschule in Ihrem Sprengel</li>
<li>ab der 5. Klasse: beim Staatlichen Schulamt, Schulstraße 9</li>
</ul>
<p>Kinder mit wenig Deutschkenntnissen besuchen oft zuerst eine <strong>Deutschklasse</strong> und wechseln dann in eine Regelklasse.</p>
<p>Bringen Sie die Geburtsurkunde, die Meldebescheinigung, Zeugnisse aus dem Herkunftsland und den Impfnachweis (Masern) mit.</p>
<h2>Was Eltern wissen sollten</h2>
<ul>
<li>Ist Ihr Kind krank, melden Sie es am selben Morgen vor Unterrichtsbeginn in der Schule ab.</li>
<li>Viele Grundschulen haben nach dem Unterricht eine Mittagsbetreuung oder ein Ganztagsangebot bis 16:00 Uhr. Fragen Sie direkt in der Schule.</li>
<li>Wenn Sie Bürgergeld, Wohngeld oder Kinderzuschlag bekommen, erhält Ihr Kind für Schulsachen 195 Euro im Jahr (130 Euro im August, 65 Euro im Februar). Auch Klassenfahrten und Nachhilfe können bezahlt werden.</li>
</ul>
<p>Zu Elternabenden und Gesprächen mit Lehrkräften dürfen Sie eine Person zum Übersetzen mitbringen. Die Schule kann Ihnen ggf. auch eine Dolmetscherin oder einen Dolmetscher vermitteln.</p>
"""),
        "en": ("school-registration", "School registration", """
<p>Children who turn six by 30 September start school in the same year. <strong>Registration</strong> for primary school takes place in March. You will receive a letter from the city beforehand.</p>
<h2>New to Musterstadt?</h2>
<p>If you move to Musterstadt with a child of school age, register the child immediately:</p>
<ul>
<li>primary school (years 1 to 4): directly at the primary school for your catchment area</li>
<li>from year 5: at the State School Office (<span class="notranslate" translate="no" dir="ltr">Staatliches Schulamt</span>), Schulstraße 9</li>
</ul>
<p>Children with little German often first attend a <strong>German class</strong> and then move to a regular class.</p>
<p>Bring the birth certificate, the registration certificate, school reports from your country of origin and proof of vaccination (measles).</p>
<h2>What parents should know</h2>
<ul>
<li>If your child is ill, inform the school on the same morning before lessons start.</li>
<li>Many primary schools offer lunchtime care (<span class="notranslate" translate="no" dir="ltr">Mittagsbetreuung</span>) or all-day activities until 4:00 pm after lessons. Ask at the school directly.</li>
<li>If you receive citizen's income, housing benefit or the child supplement (<span class="notranslate" translate="no" dir="ltr">Kinderzuschlag</span>), your child gets 195 euros a year for school supplies (130 euros in August, 65 euros in February). School trips and tutoring can also be paid for.</li>
</ul>
<p>You may bring a person to interpret for you to parents' evenings and meetings with teachers. If necessary, the school can also arrange an interpreter for you.</p>
"""),
        "fa": ("ثبت-نام-در-مدرسه", "ثبت‌نام در مدرسه", """
<p dir="rtl">کودکانی که تا ۳۰ سپتامبر شش ساله می‌شوند، در همان سال به مدرسه می‌روند. <strong>ثبت‌نام</strong> دبستان در ماه مارس است. پیش از آن نامه‌ای از شهر دریافت می‌کنید.</p>
<h2>تازه به موسترشتات آمده‌اید؟</h2>
<p dir="rtl">اگر با کودکی در سن مدرسه به موسترشتات نقل‌مکان می‌کنید، فوراً او را ثبت‌نام کنید:</p>
<ul dir="rtl">
<li>دبستان (کلاس ۱ تا ۴): مستقیماً در دبستان منطقه محل سکونت شما</li>
<li>از کلاس ۵ به بعد: در اداره دولتی آموزش (<span class="notranslate" translate="no" dir="ltr">Staatliches Schulamt</span>)، <span class="notranslate" translate="no" dir="ltr">Schulstraße 9</span></li>
</ul>
<p dir="rtl">کودکانی که آلمانی کمی می‌دانند، اغلب ابتدا در یک <strong>کلاس آلمانی</strong> درس می‌خوانند و سپس به کلاس عادی می‌روند.</p>
<p dir="rtl">شناسنامه، گواهی ثبت نشانی، کارنامه‌های کشور مبدأ و کارت واکسن (سرخک) را همراه بیاورید.</p>
<h2>آنچه والدین باید بدانند</h2>
<ul dir="rtl">
<li>اگر فرزندتان بیمار است، همان روز صبح پیش از شروع کلاس به مدرسه اطلاع دهید.</li>
<li>بسیاری از دبستان‌ها پس از کلاس، نگهداری ظهر (<span class="notranslate" translate="no" dir="ltr">Mittagsbetreuung</span>) یا برنامه تمام‌روز تا ساعت ۱۶:۰۰ دارند. مستقیماً از مدرسه بپرسید.</li>
<li>اگر کمک‌هزینه شهروندی، کمک‌هزینه مسکن یا مکمل کمک‌هزینه فرزند (<span class="notranslate" translate="no" dir="ltr">Kinderzuschlag</span>) می‌گیرید، فرزندتان سالانه ۱۹۵ یورو برای لوازم مدرسه دریافت می‌کند (۱۳۰ یورو در اوت و ۶۵ یورو در فوریه). هزینه اردوهای مدرسه و کلاس تقویتی هم ممکن است پرداخت شود.</li>
</ul>
<p dir="rtl">می‌توانید در جلسه‌های اولیا و گفت‌وگو با معلم‌ها یک نفر را برای ترجمه همراه ببرید. در صورت نیاز مدرسه هم می‌تواند برایتان مترجم پیدا کند.</p>
"""),
    },
]
