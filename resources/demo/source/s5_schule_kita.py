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
<p>Kinder ab einem Jahr haben ein Recht auf einen Platz in einer Kita oder bei einer Tagesmutter. In der Kita lernen Kinder spielerisch Deutsch und finden Freunde.</p>
<ul>
<li><a href="page:kita-gutschein">Kita-Gutschein</a></li>
<li><a href="page:schulanmeldung">Schulanmeldung</a></li>
</ul>
"""),
        "en": ("school-and-day-care", "School & day care", """
<p>In Germany, <strong>school attendance is compulsory</strong>: all children who live here must go to school – in Bavaria usually from the age of six. This also applies to refugee children.</p>
<p>Children aged one and over have a right to a place at a day-care centre (<span class="notranslate" translate="no" dir="ltr">Kita</span>) or with a childminder. At day care, children learn German through play and make friends.</p>
<ul>
<li><a href="page:kita-gutschein">Day-care voucher</a></li>
<li><a href="page:schulanmeldung">School registration</a></li>
</ul>
"""),
        "ar": ("المدرسة-والحضانة", "المدرسة والحضانة", """
<p dir="rtl">في ألمانيا <strong>التعليم إلزامي</strong>: يجب على جميع الأطفال الذين يعيشون هنا الذهاب إلى المدرسة – في بافاريا غالباً من سن السادسة. وهذا يشمل الأطفال اللاجئين أيضاً.</p>
<p dir="rtl">للأطفال من عمر سنة واحدة الحق في مكان في الحضانة (<span class="notranslate" translate="no" dir="ltr">Kita</span>) أو لدى مربية أطفال. في الحضانة يتعلم الأطفال الألمانية من خلال اللعب ويكوّنون صداقات.</p>
<ul dir="rtl">
<li><a href="page:kita-gutschein">قسيمة الحضانة</a></li>
<li><a href="page:schulanmeldung">التسجيل في المدرسة</a></li>
</ul>
"""),
        "fa": ("مدرسه-و-مهدکودک", "مدرسه و مهدکودک", """
<p dir="rtl">در آلمان <strong>تحصیل اجباری</strong> است: همه کودکانی که اینجا زندگی می‌کنند باید به مدرسه بروند – در بایرن معمولاً از شش سالگی. این قانون شامل کودکان پناهنده هم می‌شود.</p>
<p dir="rtl">کودکان از یک سالگی حق دارند در مهدکودک (<span class="notranslate" translate="no" dir="ltr">Kita</span>) یا نزد پرستار کودک جا داشته باشند. کودکان در مهدکودک با بازی آلمانی یاد می‌گیرند و دوست پیدا می‌کنند.</p>
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
<h2>So bekommen Sie den Gutschein</h2>
<ol>
<li>Stellen Sie den Antrag beim Jugendamt, spätestens <em>sechs Monate</em> bevor Ihr Kind in die Kita gehen soll.</li>
<li>Legen Sie die Geburtsurkunde des Kindes und die Meldebescheinigung bei. Wenn Sie mehr als sechs Stunden Betreuung brauchen: eine Bescheinigung über Arbeit, Ausbildung oder Sprachkurs.</li>
<li>Mit dem Gutschein suchen Sie eine Kita und melden Ihr Kind dort an.</li>
</ol>
<p>Die Kita kostet je nach Einkommen zwischen 0 und 280 Euro im Monat. Wenn Sie Bürgergeld oder Wohngeld bekommen, zahlen Sie nichts.</p>
<p>Das Jugendamt hilft beim Antrag: Rathausplatz 4, Zimmer 201, <a href="mailto:kita@musterstadt.example">kita@musterstadt.example</a>.</p>
"""),
        "en": ("day-care-voucher", "Day-care voucher", """
<p>In Musterstadt you need a <strong>day-care voucher</strong> (<span class="notranslate" translate="no" dir="ltr">Kita-Gutschein</span>) for a place at a day-care centre. The voucher shows how many hours of care your child gets per day.</p>
<h2>How to get the voucher</h2>
<ol>
<li>Apply at the youth welfare office at the latest <em>six months</em> before your child is to start day care.</li>
<li>Enclose your child's birth certificate and your registration certificate. If you need more than six hours of care: a certificate of work, training or a language course.</li>
<li>With the voucher, look for a day-care centre and register your child there.</li>
</ol>
<p>Day care costs between 0 and 280 euros a month, depending on income. If you receive citizen's income or housing benefit, you pay nothing.</p>
<p>The youth welfare office helps with the application: Rathausplatz 4, room 201, <a href="mailto:kita@musterstadt.example">kita@musterstadt.example</a>.</p>
"""),
        "ar": ("قسيمة-الحضانة", "قسيمة الحضانة", """
<p dir="rtl">تحتاج في موسترشتات إلى <strong>قسيمة الحضانة</strong> (<span class="notranslate" translate="no" dir="ltr">Kita-Gutschein</span>) للحصول على مكان في الحضانة. تبيّن القسيمة عدد ساعات الرعاية اليومية لطفلك.</p>
<h2>كيف تحصل على القسيمة؟</h2>
<ol dir="rtl">
<li>قدّم الطلب لدى مكتب رعاية الشباب قبل <em>ستة أشهر</em> على الأقل من موعد التحاق طفلك بالحضانة.</li>
<li>أرفق شهادة ميلاد الطفل وشهادة تسجيل السكن. إذا كنت تحتاج إلى أكثر من ست ساعات رعاية: شهادة عمل أو تدريب أو دورة لغة.</li>
<li>ابحث بالقسيمة عن حضانة وسجّل طفلك فيها.</li>
</ol>
<p dir="rtl">تتراوح تكلفة الحضانة بين 0 و280 يورو شهرياً حسب الدخل. إذا كنت تحصل على إعانة المواطن أو إعانة السكن، فلا تدفع شيئاً.</p>
<p dir="rtl">يساعدك مكتب رعاية الشباب في الطلب: <span class="notranslate" translate="no" dir="ltr">Rathausplatz 4</span>، الغرفة 201، <a href="mailto:kita@musterstadt.example">kita@musterstadt.example</a>.</p>
"""),
        "fa": ("کوپن-مهدکودک", "کوپن مهدکودک", """
<p dir="rtl">در موسترشتات برای جای مهدکودک به <strong>کوپن مهدکودک</strong> (<span class="notranslate" translate="no" dir="ltr">Kita-Gutschein</span>) نیاز دارید. این کوپن نشان می‌دهد فرزندتان روزانه چند ساعت نگهداری می‌شود.</p>
<h2>چگونه کوپن بگیرید</h2>
<ol dir="rtl">
<li>درخواست را حداکثر <em>شش ماه</em> پیش از شروع مهدکودک فرزندتان به اداره امور جوانان بدهید.</li>
<li>شناسنامه کودک و گواهی ثبت نشانی را پیوست کنید. اگر بیش از شش ساعت نگهداری لازم دارید: گواهی کار، آموزش حرفه‌ای یا دوره زبان.</li>
<li>با کوپن یک مهدکودک پیدا کنید و فرزندتان را آنجا ثبت‌نام کنید.</li>
</ol>
<p dir="rtl">هزینه مهدکودک بسته به درآمد بین ۰ تا ۲۸۰ یورو در ماه است. اگر کمک‌هزینه شهروندی یا کمک‌هزینه مسکن می‌گیرید، چیزی نمی‌پردازید.</p>
<p dir="rtl">اداره امور جوانان در درخواست به شما کمک می‌کند: <span class="notranslate" translate="no" dir="ltr">Rathausplatz 4</span>، اتاق ۲۰۱، <a href="mailto:kita@musterstadt.example">kita@musterstadt.example</a>.</p>
"""),
        "uk": ("ваучер-на-дитсадок", "Ваучер на дитячий садок", """
<p>У Мустерштадті для місця в дитячому садку потрібен <strong>ваучер</strong> (<span class="notranslate" translate="no" dir="ltr">Kita-Gutschein</span>). Він показує, скільки годин на день ваша дитина може перебувати в садку.</p>
<p>Заяву подають до відомства у справах молоді не пізніше ніж за <em>шість місяців</em> до початку відвідування садка.</p>
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
"""),
    },
]
