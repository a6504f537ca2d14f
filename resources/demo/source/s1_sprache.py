"""Demo pages: Sprache & Integrationskurse.

Each page: ``key`` (stable name), ``id`` (CMS Page id), ``parent`` (key or None), ``icon``,
``updated`` (German save, Berlin wall-clock time), optional ``outdated`` (languages whose
translation predates the German text), then per language ``(slug, title, html)``.
Links to other demo pages are written ``href="page:<key>"``.
"""

from __future__ import annotations

PAGES = [
    {
        "key": "sprache",
        "id": 1301,
        "parent": None,
        "icon": "icon-sprache.png",
        "updated": "2024-11-18 10:24:51.317",
        "de": ("sprache-und-integrationskurse", "Sprache & Integrationskurse", """
<p>Deutsch lernen ist ein wichtiger Schritt, um in Musterstadt anzukommen. Sie verstehen Briefe von Ämtern besser, finden leichter Arbeit und können mit Nachbarn, Lehrkräften und Ärzten sprechen.</p>
<p>In Musterstadt gibt es verschiedene Kurse:</p>
<ul>
<li><a href="page:integrationskurs">Integrationskurs</a> – der Grundkurs für Deutsch und Orientierung</li>
<li><a href="page:berufssprachkurs">Berufssprachkurs</a> – Deutsch für den Beruf</li>
<li><a href="page:frauenkurse">Kurse für Frauen mit Kinderbetreuung</a></li>
</ul>
<p>Die meisten Kurse finden in der Volkshochschule Musterstadt (VHS) und bei freien Sprachschulen statt. Fragen Sie bei der <a href="page:migrationsberatung">Migrationsberatung</a>, welcher Kurs zu Ihnen passt.</p>
"""),
        "en": ("language-and-integration-courses", "Language & integration courses", """
<p>Learning German is an important step in settling in Musterstadt. You will understand letters from public offices better, find work more easily and be able to talk to neighbours, teachers and doctors.</p>
<p>There are different courses in Musterstadt:</p>
<ul>
<li><a href="page:integrationskurs">Integration course</a> – the basic course for German and orientation</li>
<li><a href="page:berufssprachkurs">Job-related language course</a> – German for work</li>
<li><a href="page:frauenkurse">Courses for women with childcare</a></li>
</ul>
<p>Most courses take place at the Musterstadt adult education centre (<span class="notranslate" translate="no" dir="ltr">Volkshochschule</span>, VHS) and at independent language schools. Ask the <a href="page:migrationsberatung">migration counselling service</a> which course suits you.</p>
"""),
        "ar": ("اللغة-ودورات-الاندماج", "اللغة ودورات الاندماج", """
<p dir="rtl">تعلّم اللغة الألمانية خطوة مهمة للاستقرار في موسترشتات. ستفهم رسائل الدوائر الحكومية بشكل أفضل، وستجد عملاً بسهولة أكبر، وستتمكن من التحدث مع الجيران والمعلمين والأطباء.</p>
<p dir="rtl">توجد في موسترشتات دورات مختلفة:</p>
<ul dir="rtl">
<li><a href="page:integrationskurs">دورة الاندماج</a> – الدورة الأساسية للغة الألمانية والتوجيه</li>
<li><a href="page:berufssprachkurs">دورة اللغة المهنية</a> – الألمانية من أجل العمل</li>
<li><a href="page:frauenkurse">دورات للنساء مع رعاية الأطفال</a></li>
</ul>
<p dir="rtl">تُقام معظم الدورات في مركز تعليم الكبار في موسترشتات (<span class="notranslate" translate="no" dir="ltr">Volkshochschule</span>، VHS) وفي مدارس لغات مستقلة. اسأل في <a href="page:migrationsberatung">استشارات الهجرة</a> عن الدورة المناسبة لك.</p>
"""),
        "fa": ("زبان-و-دوره-های-ادغام", "زبان و دوره‌های ادغام", """
<p dir="rtl">یادگیری زبان آلمانی گام مهمی برای جاافتادن در موسترشتات است. نامه‌های اداره‌ها را بهتر می‌فهمید، راحت‌تر کار پیدا می‌کنید و می‌توانید با همسایه‌ها، معلم‌ها و پزشکان صحبت کنید.</p>
<p dir="rtl">در موسترشتات دوره‌های مختلفی وجود دارد:</p>
<ul dir="rtl">
<li><a href="page:integrationskurs">دوره ادغام</a> – دوره پایه برای زبان آلمانی و آشنایی با جامعه</li>
<li><a href="page:berufssprachkurs">دوره زبان شغلی</a> – آلمانی برای کار</li>
<li><a href="page:frauenkurse">دوره‌های ویژه زنان همراه با نگهداری از کودک</a></li>
</ul>
<p dir="rtl">بیشتر دوره‌ها در آموزشگاه بزرگسالان موسترشتات (<span class="notranslate" translate="no" dir="ltr">Volkshochschule</span>، VHS) و در آموزشگاه‌های زبان آزاد برگزار می‌شوند. در <a href="page:migrationsberatung">مشاوره مهاجرت</a> بپرسید کدام دوره برای شما مناسب است.</p>
"""),
        "uk": ("мова-та-інтеграційні-курси", "Мова та інтеграційні курси", """
<p>Вивчення німецької мови — важливий крок, щоб облаштуватися в Мустерштадті. Ви краще розумітимете листи від установ, легше знайдете роботу й зможете спілкуватися із сусідами, вчителями та лікарями.</p>
<p>У Мустерштадті є різні курси:</p>
<ul>
<li><a href="page:integrationskurs">Інтеграційний курс</a> — базовий курс німецької мови та орієнтації</li>
<li><a href="page:berufssprachkurs">Професійний мовний курс</a> — німецька для роботи</li>
<li><a href="page:frauenkurse">Курси для жінок із доглядом за дітьми</a></li>
</ul>
<p>Більшість курсів проходять у народному університеті Мустерштадта (<span class="notranslate" translate="no" dir="ltr">Volkshochschule</span>, VHS) та в приватних мовних школах. Запитайте в <a href="page:migrationsberatung">міграційній консультації</a>, який курс вам підходить.</p>
"""),
    },
    {
        "key": "integrationskurs",
        "id": 1302,
        "parent": "sprache",
        "icon": None,
        "updated": "2025-03-04 09:12:40.552",
        "de": ("integrationskurs", "Integrationskurs", """
<p>Der Integrationskurs besteht aus einem <strong>Sprachkurs</strong> mit 600 Unterrichtseinheiten und einem <strong>Orientierungskurs</strong> mit 100 Unterrichtseinheiten. Im Orientierungskurs lernen Sie die Rechtsordnung, die Geschichte und die Kultur in Deutschland kennen.</p>
<h2>Wer kann teilnehmen?</h2>
<ul>
<li>Menschen mit einer Aufenthaltserlaubnis, die Sie zur Teilnahme <em>verpflichtet</em> oder <em>berechtigt</em></li>
<li>Menschen mit einer Aufforderung vom Jobcenter</li>
<li>EU-Bürgerinnen und EU-Bürger, wenn noch Plätze frei sind</li>
</ul>
<h2>Welche Kurse gibt es?</h2>
<ul>
<li><strong>Allgemeiner Integrationskurs:</strong> 700 Unterrichtseinheiten</li>
<li><strong>Intensivkurs</strong> für Menschen, die schnell lernen: 430 Unterrichtseinheiten</li>
<li><strong>Alphabetisierungskurs</strong>, wenn Sie nicht oder nur wenig lesen und schreiben können: bis zu 1.300 Unterrichtseinheiten</li>
<li><strong>Jugendintegrationskurs</strong> für junge Menschen bis 27 Jahre sowie <a href="page:frauenkurse">Frauen- und Elternintegrationskurse</a>: 1.000 Unterrichtseinheiten</li>
</ul>
<p>Eine Unterrichtseinheit dauert 45 Minuten. Ein Vollzeitkurs hat ca. 20 bis 25 Unterrichtseinheiten pro Woche und dauert etwa sieben Monate. Es gibt auch Teilzeit-, Abend- und Onlinekurse, z. B. für Menschen, die schon arbeiten.</p>
<h2>Abschluss</h2>
<p>Am Ende machen Sie den <strong>Deutsch-Test für Zuwanderer</strong> (Niveau A2 bis B1) und den Test „Leben in Deutschland“. Wenn Sie beide Tests bestehen, erhalten Sie das Zertifikat Integrationskurs. Es kann die Einbürgerung verkürzen.</p>
<p>Bevor der Kurs beginnt, machen Sie einen <a href="page:einstufungstest">Einstufungstest</a>. Informationen zu Gebühren finden Sie unter <a href="page:kosten-integrationskurs">Kosten und Fahrtkosten</a>.</p>
<p>Eine Übersicht über freie Kursplätze in Musterstadt finden Sie im <a href="https://kursnetz.musterstadt.example/integrationskurse">Kursnetz Musterstadt</a>.</p>
"""),
        "en": ("integration-course", "Integration course", """
<p>The integration course consists of a <strong>language course</strong> with 600 lessons and an <strong>orientation course</strong> with 100 lessons. In the orientation course you learn about the legal system, history and culture of Germany.</p>
<h2>Who can take part?</h2>
<ul>
<li>People whose residence permit <em>obliges</em> or <em>entitles</em> them to take part</li>
<li>People who have been asked to attend by the Jobcenter</li>
<li>EU citizens, if places are still available</li>
</ul>
<h2>Which courses are there?</h2>
<ul>
<li><strong>General integration course:</strong> 700 lessons</li>
<li><strong>Intensive course</strong> for people who learn quickly: 430 lessons</li>
<li><strong>Literacy course</strong> (<span class="notranslate" translate="no" dir="ltr">Alphabetisierungskurs</span>), if you cannot read and write or only a little: up to 1,300 lessons</li>
<li><strong>Youth integration course</strong> for young people up to the age of 27 and <a href="page:frauenkurse">integration courses for women and parents</a>: 1,000 lessons</li>
</ul>
<p>One lesson lasts 45 minutes. A full-time course has about 20 to 25 lessons per week and takes about seven months. There are also part-time, evening and online courses, for example for people who already work.</p>
<h2>Certificate</h2>
<p>At the end you take the <strong>German test for immigrants</strong> (<span class="notranslate" translate="no" dir="ltr">Deutsch-Test für Zuwanderer</span>, level A2 to B1) and the test “Life in Germany”. If you pass both tests, you receive the integration course certificate. It can shorten the time until naturalisation.</p>
<p>Before the course starts, you take a <a href="page:einstufungstest">placement test</a>. Information on fees can be found under <a href="page:kosten-integrationskurs">Costs and travel expenses</a>.</p>
<p>An overview of free course places in Musterstadt can be found in the <a href="https://kursnetz.musterstadt.example/integrationskurse">Musterstadt course network</a>.</p>
"""),
        "ar": ("دورة-الاندماج", "دورة الاندماج", """
<p dir="rtl">تتكوّن دورة الاندماج من <strong>دورة لغة</strong> تضم 600 حصة دراسية و<strong>دورة توجيه</strong> تضم 100 حصة دراسية. في دورة التوجيه تتعرّف على النظام القانوني والتاريخ والثقافة في ألمانيا.</p>
<h2>من يمكنه المشاركة؟</h2>
<ul dir="rtl">
<li>الأشخاص الذين <em>تُلزمهم</em> تصاريح إقامتهم بالمشاركة أو <em>تمنحهم الحق</em> فيها</li>
<li>الأشخاص الذين تلقّوا طلباً بالمشاركة من مركز العمل (<span class="notranslate" translate="no" dir="ltr">Jobcenter</span>)</li>
<li>مواطنو الاتحاد الأوروبي، إذا كانت هناك أماكن شاغرة</li>
</ul>
<h2>ما أنواع الدورات المتوفرة؟</h2>
<ul dir="rtl">
<li><strong>دورة الاندماج العامة:</strong> 700 حصة دراسية</li>
<li><strong>الدورة المكثفة</strong> للأشخاص الذين يتعلمون بسرعة: 430 حصة دراسية</li>
<li><strong>دورة محو الأمية</strong> (<span class="notranslate" translate="no" dir="ltr">Alphabetisierungskurs</span>)، إذا كنت لا تستطيع القراءة والكتابة أو تستطيعهما قليلاً فقط: حتى 1.300 حصة دراسية</li>
<li><strong>دورة الاندماج للشباب</strong> حتى سن 27 عاماً، و<a href="page:frauenkurse">دورات الاندماج للنساء والآباء والأمهات</a>: 1.000 حصة دراسية</li>
</ul>
<p dir="rtl">تستغرق الحصة الدراسية 45 دقيقة. تضم الدورة بدوام كامل نحو 20 إلى 25 حصة أسبوعياً وتستمر قرابة سبعة أشهر. توجد أيضاً دورات بدوام جزئي ودورات مسائية ودورات عبر الإنترنت، مثلاً للأشخاص الذين يعملون بالفعل.</p>
<h2>الشهادة</h2>
<p dir="rtl">في النهاية تؤدي <strong>اختبار اللغة الألمانية للمهاجرين</strong> (<span class="notranslate" translate="no" dir="ltr">Deutsch-Test für Zuwanderer</span>، المستوى A2 إلى B1) واختبار «الحياة في ألمانيا». إذا نجحت في الاختبارين تحصل على شهادة دورة الاندماج. ويمكن أن تُقصّر هذه الشهادة مدة انتظار التجنيس.</p>
<p dir="rtl">قبل بدء الدورة تؤدي <a href="page:einstufungstest">اختبار تحديد المستوى</a>. تجد معلومات عن الرسوم في صفحة <a href="page:kosten-integrationskurs">التكاليف ونفقات المواصلات</a>.</p>
<p dir="rtl">تجد نظرة عامة على الأماكن الشاغرة في الدورات في موسترشتات على <a href="https://kursnetz.musterstadt.example/integrationskurse">شبكة دورات موسترشتات</a>.</p>
"""),
        "fa": ("دوره-ادغام", "دوره ادغام", """
<p dir="rtl">دوره ادغام شامل یک <strong>دوره زبان</strong> با ۶۰۰ جلسه درسی و یک <strong>دوره آشنایی</strong> با ۱۰۰ جلسه درسی است. در دوره آشنایی با نظام حقوقی، تاریخ و فرهنگ آلمان آشنا می‌شوید.</p>
<h2>چه کسانی می‌توانند شرکت کنند؟</h2>
<ul dir="rtl">
<li>کسانی که اجازه اقامتشان آن‌ها را به شرکت <em>موظف</em> یا <em>مجاز</em> می‌کند</li>
<li>کسانی که از طرف اداره کار (<span class="notranslate" translate="no" dir="ltr">Jobcenter</span>) دعوت‌نامه دریافت کرده‌اند</li>
<li>شهروندان اتحادیه اروپا، اگر هنوز جای خالی وجود داشته باشد</li>
</ul>
<h2>چه دوره‌هایی وجود دارد؟</h2>
<ul dir="rtl">
<li><strong>دوره ادغام عمومی:</strong> ۷۰۰ جلسه درسی</li>
<li><strong>دوره فشرده</strong> برای کسانی که سریع یاد می‌گیرند: ۴۳۰ جلسه درسی</li>
<li><strong>دوره سوادآموزی</strong> (<span class="notranslate" translate="no" dir="ltr">Alphabetisierungskurs</span>)، اگر خواندن و نوشتن بلد نیستید یا کم بلدید: تا ۱٬۳۰۰ جلسه درسی</li>
<li><strong>دوره ادغام جوانان</strong> برای جوانان تا ۲۷ سال و <a href="page:frauenkurse">دوره‌های ادغام زنان و والدین</a>: ۱٬۰۰۰ جلسه درسی</li>
</ul>
<p dir="rtl">هر جلسه درسی ۴۵ دقیقه است. دوره تمام‌وقت حدود ۲۰ تا ۲۵ جلسه در هفته دارد و نزدیک به هفت ماه طول می‌کشد. دوره‌های پاره‌وقت، عصرگاهی و آنلاین هم وجود دارد، مثلاً برای کسانی که هم‌اکنون کار می‌کنند.</p>
<h2>مدرک پایانی</h2>
<p dir="rtl">در پایان، <strong>آزمون زبان آلمانی برای مهاجران</strong> (<span class="notranslate" translate="no" dir="ltr">Deutsch-Test für Zuwanderer</span>، سطح A2 تا B1) و آزمون «زندگی در آلمان» را می‌دهید. اگر هر دو آزمون را با موفقیت بگذرانید، گواهی دوره ادغام را دریافت می‌کنید. این گواهی می‌تواند زمان لازم برای تابعیت را کوتاه‌تر کند.</p>
<p dir="rtl">پیش از شروع دوره یک <a href="page:einstufungstest">آزمون تعیین سطح</a> می‌دهید. اطلاعات مربوط به هزینه‌ها را در صفحه <a href="page:kosten-integrationskurs">هزینه‌ها و هزینه رفت‌وآمد</a> پیدا می‌کنید.</p>
<p dir="rtl">فهرست جاهای خالی دوره‌ها در موسترشتات را در <a href="https://kursnetz.musterstadt.example/integrationskurse">شبکه دوره‌های موسترشتات</a> می‌بینید.</p>
"""),
        "uk": ("інтеграційний-курс", "Інтеграційний курс", """
<p>Інтеграційний курс складається з <strong>мовного курсу</strong> обсягом 600 навчальних годин та <strong>орієнтаційного курсу</strong> обсягом 100 навчальних годин. На орієнтаційному курсі ви ознайомитеся з правовою системою, історією та культурою Німеччини.</p>
<h2>Хто може взяти участь?</h2>
<ul>
<li>Люди, чия посвідка на проживання <em>зобов'язує</em> або <em>дає право</em> брати участь у курсі</li>
<li>Люди, які отримали направлення від джобцентру (<span class="notranslate" translate="no" dir="ltr">Jobcenter</span>)</li>
<li>Громадяни ЄС, якщо ще є вільні місця</li>
</ul>
<h2>Які бувають курси?</h2>
<ul>
<li><strong>Загальний інтеграційний курс:</strong> 700 навчальних годин</li>
<li><strong>Інтенсивний курс</strong> для тих, хто швидко навчається: 430 навчальних годин</li>
<li><strong>Курс алфавітизації</strong> (<span class="notranslate" translate="no" dir="ltr">Alphabetisierungskurs</span>), якщо ви не вмієте або лише трохи вмієте читати й писати: до 1300 навчальних годин</li>
<li><strong>Молодіжний інтеграційний курс</strong> для молоді до 27 років, а також <a href="page:frauenkurse">інтеграційні курси для жінок і батьків</a>: 1000 навчальних годин</li>
</ul>
<p>Одна навчальна година триває 45 хвилин. Курс денної форми має приблизно 20–25 навчальних годин на тиждень і триває близько семи місяців. Є також курси з неповним навантаженням, вечірні та онлайн-курси, наприклад для тих, хто вже працює.</p>
<h2>Сертифікат</h2>
<p>Наприкінці ви складаєте <strong>тест з німецької мови для іммігрантів</strong> (<span class="notranslate" translate="no" dir="ltr">Deutsch-Test für Zuwanderer</span>, рівень A2–B1) і тест «Життя в Німеччині». Якщо ви складете обидва тести, то отримаєте сертифікат інтеграційного курсу. Він може скоротити строк до отримання громадянства.</p>
<p>Перед початком курсу ви проходите <a href="page:einstufungstest">тест на визначення рівня</a>. Інформацію про оплату ви знайдете на сторінці <a href="page:kosten-integrationskurs">Вартість і транспортні витрати</a>.</p>
<p>Огляд вільних місць на курсах у Мустерштадті ви знайдете в <a href="https://kursnetz.musterstadt.example/integrationskurse">мережі курсів Мустерштадта</a>.</p>
"""),
    },
    {
        "key": "einstufungstest",
        "id": 1303,
        "parent": "integrationskurs",
        "icon": None,
        "updated": "2025-03-04 09:31:12.208",
        "de": ("einstufungstest-und-anmeldung", "Einstufungstest und Anmeldung", """
<p>Vor dem Integrationskurs machen Sie einen kostenlosen Einstufungstest. Der Test zeigt, wie gut Sie schon Deutsch sprechen. Danach beginnen Sie im passenden Kursabschnitt.</p>
<h2>Wie läuft der Test ab?</h2>
<p>Der Einstufungstest dauert ca. 30 bis 60 Minuten. Sie lesen kurze Texte, hören Gespräche und sprechen mit einer Lehrkraft. Sie müssen sich nicht vorbereiten. Wenn Sie nicht oder nur wenig lesen und schreiben können, sagen Sie das bitte vorher. Dann prüft die Sprachschule, ob ein Alphabetisierungskurs für Sie besser passt.</p>
<h2>So melden Sie sich an</h2>
<ol>
<li>Sie brauchen eine <strong>Berechtigung</strong> oder eine Verpflichtung zur Teilnahme. Diese bekommen Sie von der Ausländerbehörde, vom Jobcenter oder auf Antrag vom Bundesamt für Migration und Flüchtlinge.</li>
<li>Wählen Sie eine Sprachschule aus. Bringen Sie mit:
<ul>
<li>Ihren Pass oder Ihren Ankunftsnachweis</li>
<li>die Berechtigung oder Verpflichtung</li>
<li>wenn vorhanden: den Bescheid vom Jobcenter</li>
</ul>
</li>
<li>Die Sprachschule macht mit Ihnen einen Termin für den Einstufungstest.</li>
<li>Nach dem Test bekommen Sie einen Platz in einem Kurs. Oft gibt es eine Warteliste.</li>
</ol>
<p><strong>Wichtig:</strong> Die Berechtigung ist in der Regel ein Jahr gültig. Wenn Sie zur Teilnahme <em>verpflichtet</em> sind, melden Sie sich sofort an. Sonst kann das Jobcenter Ihr Bürgergeld kürzen, und die Ausländerbehörde kann das bei der Verlängerung Ihres Aufenthaltstitels berücksichtigen.</p>
<p><strong>Tipp:</strong> Melden Sie sich bei mehreren Sprachschulen, wenn Sie schnell einen Platz brauchen. Sagen Sie den anderen Schulen ab, sobald Sie einen Platz haben.</p>
<p>Fragen zur Anmeldung beantwortet die VHS Musterstadt, Kirchgasse 3, Zimmer 12 (Montag bis Donnerstag 9:00–12:00 Uhr): <a href="tel:+498999998310">089 99998-310</a>, <a href="mailto:integrationskurse@vhs-musterstadt.example">integrationskurse@vhs-musterstadt.example</a></p>
"""),
        "en": ("placement-test-and-registration", "Placement test and registration", """
<p>Before the integration course you take a free placement test. The test shows how well you already speak German. Afterwards you start in the right part of the course.</p>
<h2>How does the test work?</h2>
<p>The placement test takes about 30 to 60 minutes. You read short texts, listen to conversations and talk to a teacher. You do not need to prepare. If you cannot read and write, or only a little, please say so beforehand. The language school will then check whether a literacy course suits you better.</p>
<h2>How to register</h2>
<ol>
<li>You need an <strong>entitlement</strong> or an obligation to take part. You get it from the foreigners' authority, from the Jobcenter or on application from the Federal Office for Migration and Refugees.</li>
<li>Choose a language school. Bring:
<ul>
<li>your passport or your proof of arrival</li>
<li>the entitlement or obligation</li>
<li>if you have one: the decision letter from the Jobcenter</li>
</ul>
</li>
<li>The language school gives you an appointment for the placement test.</li>
<li>After the test you get a place in a course. There is often a waiting list.</li>
</ol>
<p><strong>Important:</strong> The entitlement is usually valid for one year. If you are <em>obliged</em> to take part, register immediately. Otherwise the Jobcenter can reduce your citizen's income, and the foreigners' authority can take this into account when extending your residence permit.</p>
<p><strong>Tip:</strong> Register with several language schools if you need a place quickly. Cancel with the other schools as soon as you have a place.</p>
<p>The VHS Musterstadt, Kirchgasse 3, room 12 (Monday to Thursday 9:00 am – 12:00 noon), answers questions about registration: <a href="tel:+498999998310">089 99998-310</a>, <a href="mailto:integrationskurse@vhs-musterstadt.example">integrationskurse@vhs-musterstadt.example</a></p>
"""),
        "ar": ("اختبار-تحديد-المستوى-والتسجيل", "اختبار تحديد المستوى والتسجيل", """
<p dir="rtl">قبل دورة الاندماج تؤدي اختباراً مجانياً لتحديد المستوى. يُظهر الاختبار مدى إتقانك للغة الألمانية حتى الآن. بعد ذلك تبدأ في الجزء المناسب من الدورة.</p>
<h2>كيف يجري الاختبار؟</h2>
<p dir="rtl">يستغرق اختبار تحديد المستوى نحو 30 إلى 60 دقيقة. تقرأ نصوصاً قصيرة وتستمع إلى محادثات وتتحدث مع معلّم أو معلّمة. لا تحتاج إلى التحضير. إذا كنت لا تستطيع القراءة والكتابة أو تستطيعهما قليلاً فقط، فأخبرهم بذلك مسبقاً. عندها تتحقق مدرسة اللغات مما إذا كانت دورة محو الأمية أنسب لك.</p>
<h2>طريقة التسجيل</h2>
<ol dir="rtl">
<li>تحتاج إلى <strong>إذن</strong> بالمشاركة أو إلزام بها. تحصل عليه من دائرة الأجانب أو من مركز العمل أو بناءً على طلب من المكتب الاتحادي للهجرة واللاجئين.</li>
<li>اختر مدرسة لغات. أحضر معك:
<ul>
<li>جواز سفرك أو إثبات الوصول</li>
<li>الإذن أو الإلزام</li>
<li>إن وُجد: قرار مركز العمل</li>
</ul>
</li>
<li>تحدد لك مدرسة اللغات موعداً لاختبار تحديد المستوى.</li>
<li>بعد الاختبار تحصل على مكان في دورة. غالباً توجد قائمة انتظار.</li>
</ol>
<p dir="rtl"><strong>مهم:</strong> الإذن صالح عادةً لمدة سنة واحدة. إذا كنت <em>ملزَماً</em> بالمشاركة، فسجّل فوراً. وإلا فقد يخفّض مركز العمل إعانة المواطن التي تحصل عليها، وقد تأخذ دائرة الأجانب ذلك بعين الاعتبار عند تمديد تصريح إقامتك.</p>
<p dir="rtl"><strong>نصيحة:</strong> سجّل في عدة مدارس لغات إذا كنت تحتاج إلى مكان بسرعة. ألغِ تسجيلك في المدارس الأخرى بمجرد حصولك على مكان.</p>
<p dir="rtl">يجيب مركز <span class="notranslate" translate="no" dir="ltr">VHS Musterstadt, Kirchgasse 3</span>، الغرفة 12 (من الاثنين إلى الخميس 9:00–12:00)، عن الأسئلة المتعلقة بالتسجيل: <a href="tel:+498999998310">089 99998-310</a>، <a href="mailto:integrationskurse@vhs-musterstadt.example">integrationskurse@vhs-musterstadt.example</a></p>
"""),
        "fa": ("آزمون-تعیین-سطح-و-ثبت-نام", "آزمون تعیین سطح و ثبت‌نام", """
<p dir="rtl">پیش از دوره ادغام یک آزمون تعیین سطح رایگان می‌دهید. این آزمون نشان می‌دهد که اکنون چقدر آلمانی بلدید. پس از آن در بخش مناسب دوره شروع می‌کنید.</p>
<h2>آزمون چگونه برگزار می‌شود؟</h2>
<p dir="rtl">آزمون تعیین سطح حدود ۳۰ تا ۶۰ دقیقه طول می‌کشد. متن‌های کوتاه می‌خوانید، به گفت‌وگوها گوش می‌دهید و با یک معلم صحبت می‌کنید. لازم نیست از قبل آماده شوید. اگر خواندن و نوشتن بلد نیستید یا کم بلدید، لطفاً از قبل بگویید. آن‌وقت آموزشگاه زبان بررسی می‌کند که آیا دوره سوادآموزی برای شما مناسب‌تر است.</p>
<h2>چگونه ثبت‌نام کنید</h2>
<ol dir="rtl">
<li>به یک <strong>مجوز</strong> یا الزام برای شرکت نیاز دارید. آن را از اداره اتباع خارجی، از اداره کار یا با درخواست از اداره فدرال مهاجرت و پناهندگان دریافت می‌کنید.</li>
<li>یک آموزشگاه زبان انتخاب کنید. همراه داشته باشید:
<ul>
<li>گذرنامه یا گواهی ورود خود</li>
<li>مجوز یا الزام شرکت</li>
<li>در صورت وجود: نامه تصمیم اداره کار</li>
</ul>
</li>
<li>آموزشگاه زبان برای آزمون تعیین سطح به شما وقت می‌دهد.</li>
<li>پس از آزمون در یک دوره جا می‌گیرید. اغلب فهرست انتظار وجود دارد.</li>
</ol>
<p dir="rtl"><strong>مهم:</strong> مجوز شرکت معمولاً یک سال اعتبار دارد. اگر به شرکت <em>موظف</em> هستید، فوراً ثبت‌نام کنید. در غیر این صورت اداره کار ممکن است کمک‌هزینه شهروندی شما را کم کند و اداره اتباع خارجی هم ممکن است هنگام تمدید اجازه اقامت این موضوع را در نظر بگیرد.</p>
<p dir="rtl"><strong>نکته:</strong> اگر سریع به جا نیاز دارید، در چند آموزشگاه زبان ثبت‌نام کنید. به‌محض اینکه جا گرفتید، ثبت‌نام در آموزشگاه‌های دیگر را لغو کنید.</p>
<p dir="rtl"><span class="notranslate" translate="no" dir="ltr">VHS Musterstadt, Kirchgasse 3</span>، اتاق ۱۲ (دوشنبه تا پنجشنبه ۹:۰۰ تا ۱۲:۰۰) به پرسش‌های مربوط به ثبت‌نام پاسخ می‌دهد: <a href="tel:+498999998310">089 99998-310</a>، <a href="mailto:integrationskurse@vhs-musterstadt.example">integrationskurse@vhs-musterstadt.example</a></p>
"""),
    },
    {
        "key": "kosten-integrationskurs",
        "id": 1304,
        "parent": "integrationskurs",
        "icon": None,
        "updated": "2025-01-20 15:02:33.871",
        "de": ("kosten-und-fahrtkosten", "Kosten und Fahrtkosten", """
<p>Für den Integrationskurs zahlen Sie einen Kostenbeitrag pro Unterrichtseinheit. Viele Menschen müssen nichts bezahlen.</p>
<table>
<thead>
<tr><th>Ihre Situation</th><th>Kostenbeitrag</th></tr>
</thead>
<tbody>
<tr><td>Sie bekommen Bürgergeld oder Sozialhilfe</td><td>kostenlos</td></tr>
<tr><td>Sie bekommen Leistungen nach dem Asylbewerberleistungsgesetz</td><td>kostenlos</td></tr>
<tr><td>Sie haben ein eigenes Einkommen</td><td>2,29 € pro Unterrichtseinheit</td></tr>
<tr><td>Wiederholung eines Kursabschnitts</td><td>2,29 € pro Unterrichtseinheit</td></tr>
</tbody>
</table>
<p>Wenn Sie den Kurs innerhalb von zwei Jahren erfolgreich abschließen, können Sie die Hälfte des Beitrags zurückbekommen.</p>
<p>Sie zahlen den Kostenbeitrag an die Sprachschule, und zwar vor Beginn jedes Kursabschnitts. Ein Kursabschnitt hat 100 Unterrichtseinheiten und kostet also 229 Euro.</p>
<h2>Befreiung vom Kostenbeitrag</h2>
<p>Sie haben wenig Geld, bekommen aber keine der Leistungen aus der Tabelle? Dann können Sie beim Bundesamt für Migration und Flüchtlinge (BAMF) eine Befreiung beantragen. Das Formular bekommen Sie bei der Sprachschule. Legen Sie Nachweise über Ihr Einkommen bei, ggf. auch einen Wohngeldbescheid. Stellen Sie den Antrag, <strong>bevor</strong> der Kurs beginnt. Die Befreiung gilt nicht rückwirkend.</p>
<h2>Fahrtkosten</h2>
<p>Wohnen Sie mehr als 3 Kilometer von der Sprachschule entfernt und sind Sie vom Kostenbeitrag befreit? Dann können Sie einen <strong>Fahrtkostenzuschuss</strong> bekommen. Den Antrag stellen Sie bei Ihrer Sprachschule.</p>
<p>Das BAMF zahlt den Zuschuss direkt auf Ihr Konto, meistens nach dem Ende eines Kursabschnitts. Es zählen nur die Tage, an denen Sie im Unterricht waren. Bewahren Sie Ihre Fahrkarten auf, bis das Geld da ist.</p>
"""),
        "en": ("costs-and-travel-expenses", "Costs and travel expenses", """
<p>For the integration course you pay a contribution per lesson. Many people do not have to pay anything.</p>
<table>
<thead>
<tr><th>Your situation</th><th>Contribution</th></tr>
</thead>
<tbody>
<tr><td>You receive citizen's income (<span class="notranslate" translate="no" dir="ltr">Bürgergeld</span>) or social assistance</td><td>free of charge</td></tr>
<tr><td>You receive benefits under the Asylum Seekers' Benefits Act</td><td>free of charge</td></tr>
<tr><td>You have your own income</td><td>€2.29 per lesson</td></tr>
<tr><td>Repeating a part of the course</td><td>€2.29 per lesson</td></tr>
</tbody>
</table>
<p>If you complete the course successfully within two years, you can get half of the contribution back.</p>
<p>You pay the contribution to the language school before each part of the course starts. One part of the course has 100 lessons and therefore costs 229 euros.</p>
<h2>Exemption from the contribution</h2>
<p>You have little money but do not receive any of the benefits in the table? Then you can apply to the Federal Office for Migration and Refugees (BAMF) for an exemption. You get the form from the language school. Enclose proof of your income and, if applicable, a housing benefit decision. Apply <strong>before</strong> the course starts, because the exemption is not granted retroactively.</p>
<h2>Travel expenses</h2>
<p>Do you live more than 3 kilometres from the language school and are you exempt from the contribution? Then you can get a <strong>travel allowance</strong>. You apply for it at your language school.</p>
<p>The BAMF pays the allowance directly into your bank account, usually after the end of a part of the course. Only the days on which you attended lessons count. Keep your tickets until you have received the money.</p>
"""),
        "ar": ("التكاليف-ونفقات-المواصلات", "التكاليف ونفقات المواصلات", """
<p dir="rtl">تدفع مقابل دورة الاندماج مساهمة عن كل حصة دراسية. كثير من الناس لا يدفعون شيئاً.</p>
<table dir="rtl">
<thead>
<tr><th>وضعك</th><th>المساهمة</th></tr>
</thead>
<tbody>
<tr><td>تحصل على إعانة المواطن (<span class="notranslate" translate="no" dir="ltr">Bürgergeld</span>) أو المساعدة الاجتماعية</td><td>مجاناً</td></tr>
<tr><td>تحصل على إعانات بموجب قانون إعانات طالبي اللجوء</td><td>مجاناً</td></tr>
<tr><td>لديك دخل خاص بك</td><td>2,29 يورو عن كل حصة</td></tr>
<tr><td>إعادة جزء من الدورة</td><td>2,29 يورو عن كل حصة</td></tr>
</tbody>
</table>
<p dir="rtl">إذا أنهيت الدورة بنجاح خلال سنتين، يمكنك استرداد نصف المساهمة.</p>
<p dir="rtl">تدفع المساهمة إلى مدرسة اللغات قبل بداية كل جزء من أجزاء الدورة. يضم كل جزء 100 حصة دراسية، أي أن تكلفته 229 يورو.</p>
<h2>الإعفاء من المساهمة</h2>
<p dir="rtl">هل لديك مال قليل لكنك لا تحصل على أي من الإعانات المذكورة في الجدول؟ يمكنك إذن أن تطلب الإعفاء من المكتب الاتحادي للهجرة واللاجئين (<span class="notranslate" translate="no" dir="ltr">BAMF</span>). تحصل على الاستمارة من مدرسة اللغات. أرفق إثباتات دخلك، وعند الاقتضاء قرار إعانة السكن. قدّم الطلب <strong>قبل</strong> بدء الدورة، لأن الإعفاء لا يُمنح بأثر رجعي.</p>
<h2>نفقات المواصلات</h2>
<p dir="rtl">هل تسكن على بعد أكثر من 3 كيلومترات من مدرسة اللغات، وهل أنت معفى من المساهمة؟ إذن يمكنك الحصول على <strong>دعم لنفقات المواصلات</strong>. تقدّم الطلب لدى مدرسة اللغات.</p>
<p dir="rtl">يحوّل المكتب الاتحادي الدعم مباشرة إلى حسابك المصرفي، غالباً بعد انتهاء كل جزء من الدورة. تُحتسب فقط الأيام التي حضرت فيها الدروس. احتفظ بتذاكر المواصلات إلى أن يصلك المبلغ.</p>
"""),
    },
    {
        "key": "berufssprachkurs",
        "id": 1305,
        "parent": "sprache",
        "icon": None,
        "updated": "2024-12-09 11:45:02.634",
        "de": ("berufssprachkurs", "Berufssprachkurs", """
<p>Ein Berufssprachkurs hilft Ihnen, Deutsch für die Arbeit zu lernen. Sie üben zum Beispiel Telefongespräche, E-Mails, Bewerbungen und Fachwörter aus Ihrem Beruf.</p>
<h2>Voraussetzungen</h2>
<ul>
<li>Sie haben den Integrationskurs abgeschlossen oder sprechen schon auf dem Niveau B1.</li>
<li>Sie suchen Arbeit, sind in einer Ausbildung oder arbeiten bereits.</li>
</ul>
<h2>Kursarten</h2>
<p>Es gibt <strong>Basiskurse</strong> (Ziel B2, C1 oder C2) und <strong>Spezialkurse</strong>, zum Beispiel für Gesundheitsberufe, für den Einzelhandel oder für technische Berufe. Die Kurse gibt es in Vollzeit und in Teilzeit, manche auch am Abend oder online.</p>
<p>Die Basiskurse haben 400 bis 500 Unterrichtseinheiten. Am Ende machen Sie eine Prüfung, z. B. den „Deutsch-Test für den Beruf“. Mit dem Zertifikat zeigen Sie Arbeitgebern, wie gut Sie Deutsch sprechen.</p>
<h2>Kosten</h2>
<p>Wenn Sie beim Jobcenter oder bei der Agentur für Arbeit gemeldet sind, ist der Kurs kostenlos. Wenn Sie arbeiten und gut verdienen, zahlen Sie einen Eigenanteil.</p>
<p>„Gut verdienen“ heißt: Ihr zu versteuerndes Einkommen liegt über 20.000 Euro im Jahr, bei gemeinsamer Veranlagung mit Ihrem Ehepartner über 40.000 Euro. Wenn Sie die Abschlussprüfung bestehen, bekommen Sie auf Antrag die Hälfte des Eigenanteils zurück.</p>
<p>Sprechen Sie mit Ihrer Ansprechperson beim <a href="page:jobcenter">Jobcenter</a> oder bei der Agentur für Arbeit. Dort bekommen Sie die Berechtigung für den Kurs.</p>
<h2>So melden Sie sich an</h2>
<ol>
<li>Lassen Sie sich die Berechtigung ausstellen. Wenn Sie arbeiten und nicht beim Jobcenter gemeldet sind, stellt die Sprachschule den Antrag für Sie direkt beim BAMF.</li>
<li>Machen Sie einen Einstufungstest bei einer Sprachschule.</li>
<li>Melden Sie sich für einen Kurs an. In Musterstadt bieten u. a. die VHS und das Sprachinstitut Lingua Musterstadt Berufssprachkurse an.</li>
</ol>
"""),
        "en": ("job-related-language-course", "Job-related language course", """
<p>A job-related language course helps you learn German for work. For example, you practise phone calls, e-mails, job applications and technical terms from your profession.</p>
<h2>Requirements</h2>
<ul>
<li>You have completed the integration course or already speak German at level B1.</li>
<li>You are looking for work, are in vocational training or already have a job.</li>
</ul>
<h2>Types of course</h2>
<p>There are <strong>basic courses</strong> (goal B2, C1 or C2) and <strong>special courses</strong>, for example for health professions, for retail or for technical professions. The courses are available full-time and part-time, some also in the evening or online.</p>
<p>The basic courses have 400 to 500 lessons. At the end you take an exam, for example the “German test for the workplace” (<span class="notranslate" translate="no" dir="ltr">Deutsch-Test für den Beruf</span>). With the certificate you show employers how well you speak German.</p>
<h2>Costs</h2>
<p>If you are registered with the Jobcenter or the Employment Agency, the course is free of charge. If you work and earn well, you pay a share of the costs yourself.</p>
<p>“Earn well” means: your taxable income is more than 20,000 euros a year, or more than 40,000 euros if you are assessed jointly with your spouse. If you pass the final exam, you can apply to get half of your share back.</p>
<p>Talk to your contact person at the <a href="page:jobcenter">Jobcenter</a> or the Employment Agency (<span class="notranslate" translate="no" dir="ltr">Agentur für Arbeit</span>). There you will get the entitlement for the course.</p>
<h2>How to register</h2>
<ol>
<li>Get your entitlement. If you work and are not registered with the Jobcenter, the language school applies to the BAMF for you directly.</li>
<li>Take a placement test at a language school.</li>
<li>Register for a course. In Musterstadt, job-related language courses are offered by the VHS and the language institute Lingua Musterstadt, among others.</li>
</ol>
"""),
        "uk": ("професійний-мовний-курс", "Професійний мовний курс", """
<p>Професійний мовний курс допомагає вивчити німецьку для роботи. Наприклад, ви тренуєте телефонні розмови, електронні листи, резюме та фахові терміни зі своєї професії.</p>
<h2>Умови</h2>
<ul>
<li>Ви завершили інтеграційний курс або вже володієте німецькою на рівні B1.</li>
<li>Ви шукаєте роботу, навчаєтеся за професією або вже працюєте.</li>
</ul>
<h2>Види курсів</h2>
<p>Є <strong>базові курси</strong> (мета — рівень B2, C1 або C2) і <strong>спеціальні курси</strong>, наприклад для медичних професій, для роздрібної торгівлі або для технічних професій. Курси бувають денні та вечірні, з повним і неповним навантаженням, деякі — онлайн.</p>
<p>Базові курси мають 400–500 навчальних годин. Наприкінці ви складаєте іспит, наприклад «Тест з німецької для професії» (<span class="notranslate" translate="no" dir="ltr">Deutsch-Test für den Beruf</span>). Сертифікатом ви показуєте роботодавцям, наскільки добре володієте німецькою.</p>
<h2>Вартість</h2>
<p>Якщо ви зареєстровані в джобцентрі або в агентстві праці, курс безкоштовний. Якщо ви працюєте й добре заробляєте, то сплачуєте частину вартості самостійно.</p>
<p>«Добре заробляєте» означає: ваш оподатковуваний дохід перевищує 20 000 євро на рік, а в разі спільного оподаткування з чоловіком чи дружиною — 40 000 євро. Якщо ви складете підсумковий іспит, за заявою вам повернуть половину вашої частки.</p>
<p>Зверніться до свого консультанта в <a href="page:jobcenter">джобцентрі</a> або в агентстві праці (<span class="notranslate" translate="no" dir="ltr">Agentur für Arbeit</span>). Там ви отримаєте право на участь у курсі.</p>
<h2>Як записатися</h2>
<ol>
<li>Отримайте право на участь. Якщо ви працюєте й не зареєстровані в джобцентрі, мовна школа подасть заяву до BAMF безпосередньо за вас.</li>
<li>Пройдіть тест на визначення рівня в мовній школі.</li>
<li>Запишіться на курс. У Мустерштадті професійні мовні курси пропонують, зокрема, VHS і мовний інститут Lingua Musterstadt.</li>
</ol>
"""),
    },
    {
        "key": "frauenkurse",
        "id": 1306,
        "parent": "sprache",
        "icon": None,
        "updated": "2025-06-16 08:57:19.045",
        "de": ("kurse-fuer-frauen-mit-kinderbetreuung", "Kurse für Frauen mit Kinderbetreuung", """
<p>Für Frauen und Mütter gibt es besondere Integrationskurse: den <strong>Frauenintegrationskurs</strong> und den <strong>Elternintegrationskurs</strong>. In diesen Kursen lernen nur Frauen bzw. Eltern zusammen. Themen sind zum Beispiel Schule, Kita, Gesundheit und Erziehung in Deutschland.</p>
<p>Die Kurse dauern länger als der allgemeine Integrationskurs: 900 Unterrichtseinheiten Sprachkurs und 100 Unterrichtseinheiten Orientierungskurs. Der Unterricht findet meistens vormittags statt, wenn die Kinder in der Kita oder Schule sind.</p>
<p>Teilnehmen können alle Frauen bzw. Eltern, die eine Berechtigung oder Verpflichtung für einen Integrationskurs haben. Die Kosten sind die gleichen wie beim allgemeinen Integrationskurs, siehe <a href="page:kosten-integrationskurs">Kosten und Fahrtkosten</a>.</p>
<h2>Kinderbetreuung</h2>
<p>Haben Sie kleine Kinder ohne Kita-Platz? Viele Kurse bieten eine <em>kursbegleitende Kinderbetreuung</em> an. Ihre Kinder werden im selben Haus betreut, während Sie lernen. Die Betreuung ist kostenlos.</p>
<p>In Musterstadt gibt es Frauenkurse mit Kinderbetreuung:</p>
<ul>
<li>VHS Musterstadt, Kirchgasse 3: Montag bis Freitag, 8:30–12:00 Uhr</li>
<li>Familienzentrum Nord, Birkenweg 21: Montag bis Donnerstag, 9:00–12:15 Uhr</li>
</ul>
<h3>Anmeldung zur Kinderbetreuung</h3>
<p>Melden Sie Ihr Kind zusammen mit Ihrem eigenen Kurs an. Bringen Sie die Geburtsurkunde oder ein Ausweisdokument des Kindes und den Nachweis über die Masernimpfung mit. Betreut werden Kinder ab einem Jahr bis zum Schulbeginn.</p>
<p>Die Plätze für die Kinderbetreuung sind begrenzt. Melden Sie sich deshalb früh an. 🙂</p>
"""),
        "en": ("courses-for-women-with-childcare", "Courses for women with childcare", """
<p>There are special integration courses for women and mothers: the <strong>women's integration course</strong> and the <strong>parents' integration course</strong>. In these courses only women or parents learn together. Topics include school, day care, health and parenting in Germany.</p>
<p>The courses last longer than the general integration course: 900 lessons of language course and 100 lessons of orientation course. Lessons usually take place in the morning, while the children are at day care or school.</p>
<p>All women or parents who are entitled or obliged to attend an integration course can take part. The costs are the same as for the general integration course, see <a href="page:kosten-integrationskurs">Costs and travel expenses</a>.</p>
<h2>Childcare</h2>
<p>Do you have young children without a place at a day-care centre? Many courses offer <em>childcare during the course</em>. Your children are looked after in the same building while you learn. The childcare is free of charge.</p>
<p>In Musterstadt there are women's courses with childcare:</p>
<ul>
<li>VHS Musterstadt, Kirchgasse 3: Monday to Friday, 8:30 am – 12:00 noon</li>
<li>Family centre North (<span class="notranslate" translate="no" dir="ltr">Familienzentrum Nord</span>), Birkenweg 21: Monday to Thursday, 9:00 am – 12:15 pm</li>
</ul>
<h3>Registering for childcare</h3>
<p>Register your child at the same time as you register for your own course. Bring your child's birth certificate or identity document and proof of measles vaccination. Children from the age of one until they start school are looked after.</p>
<p>The places for childcare are limited. So register early. 🙂</p>
"""),
        "ar": ("دورات-للنساء-مع-رعاية-الأطفال", "دورات للنساء مع رعاية الأطفال", """
<p dir="rtl">توجد دورات اندماج خاصة بالنساء والأمهات: <strong>دورة الاندماج للنساء</strong> و<strong>دورة الاندماج للآباء والأمهات</strong>. في هذه الدورات تتعلم النساء أو الآباء والأمهات فقط معاً. من المواضيع مثلاً: المدرسة والحضانة والصحة وتربية الأطفال في ألمانيا.</p>
<p dir="rtl">تستمر هذه الدورات مدة أطول من دورة الاندماج العامة: 900 حصة لدورة اللغة و100 حصة لدورة التوجيه. تُعقد الدروس غالباً في الصباح، عندما يكون الأطفال في الحضانة أو المدرسة.</p>
<p dir="rtl">يمكن أن تشارك جميع النساء أو الآباء والأمهات الذين لديهم إذن أو إلزام بالمشاركة في دورة اندماج. التكاليف هي نفسها كما في دورة الاندماج العامة، انظري <a href="page:kosten-integrationskurs">التكاليف ونفقات المواصلات</a>.</p>
<h2>رعاية الأطفال</h2>
<p dir="rtl">هل لديك أطفال صغار ليس لهم مكان في الحضانة؟ كثير من الدورات تقدم <em>رعاية للأطفال أثناء الدورة</em>. يُعتنى بأطفالك في المبنى نفسه بينما تتعلمين. الرعاية مجانية.</p>
<p dir="rtl">توجد في موسترشتات دورات للنساء مع رعاية الأطفال:</p>
<ul dir="rtl">
<li><span class="notranslate" translate="no" dir="ltr">VHS Musterstadt, Kirchgasse 3</span>: من الاثنين إلى الجمعة، 8:30–12:00</li>
<li><span class="notranslate" translate="no" dir="ltr">Familienzentrum Nord, Birkenweg 21</span>: من الاثنين إلى الخميس، 9:00–12:15</li>
</ul>
<h3>التسجيل في رعاية الأطفال</h3>
<p dir="rtl">سجّلي طفلك في الوقت نفسه الذي تسجّلين فيه في دورتك. أحضري شهادة ميلاد الطفل أو وثيقة هويته، وإثبات التطعيم ضد الحصبة. تُقدَّم الرعاية للأطفال من عمر سنة واحدة حتى دخول المدرسة.</p>
<p dir="rtl">أماكن رعاية الأطفال محدودة، لذلك سجّلي مبكراً. 🙂</p>
"""),
        "fa": ("دوره-های-زنان-با-نگهداری-کودک", "دوره‌های زنان همراه با نگهداری از کودک", """
<p dir="rtl">برای زنان و مادران دوره‌های ادغام ویژه‌ای وجود دارد: <strong>دوره ادغام زنان</strong> و <strong>دوره ادغام والدین</strong>. در این دوره‌ها فقط زنان یا والدین با هم درس می‌خوانند. موضوعات شامل مدرسه، مهدکودک، سلامت و تربیت فرزند در آلمان است.</p>
<p dir="rtl">این دوره‌ها طولانی‌تر از دوره ادغام عمومی هستند: ۹۰۰ جلسه دوره زبان و ۱۰۰ جلسه دوره آشنایی. کلاس‌ها معمولاً صبح‌ها برگزار می‌شوند، وقتی بچه‌ها در مهدکودک یا مدرسه هستند.</p>
<p dir="rtl">همه زنان یا والدینی که مجوز یا الزام شرکت در دوره ادغام دارند، می‌توانند شرکت کنند. هزینه‌ها مانند دوره ادغام عمومی است؛ صفحه <a href="page:kosten-integrationskurs">هزینه‌ها و هزینه رفت‌وآمد</a> را ببینید.</p>
<h2>نگهداری از کودک</h2>
<p dir="rtl">فرزند خردسالی دارید که جای مهدکودک ندارد؟ بسیاری از دوره‌ها <em>نگهداری از کودک در کنار دوره</em> ارائه می‌دهند. در مدتی که شما درس می‌خوانید، از فرزندانتان در همان ساختمان نگهداری می‌شود. این خدمت رایگان است.</p>
<p dir="rtl">در موسترشتات این دوره‌های زنان همراه با نگهداری از کودک برگزار می‌شود:</p>
<ul dir="rtl">
<li><span class="notranslate" translate="no" dir="ltr">VHS Musterstadt, Kirchgasse 3</span>: دوشنبه تا جمعه، ۸:۳۰ تا ۱۲:۰۰</li>
<li><span class="notranslate" translate="no" dir="ltr">Familienzentrum Nord, Birkenweg 21</span>: دوشنبه تا پنجشنبه، ۹:۰۰ تا ۱۲:۱۵</li>
</ul>
<h3>ثبت‌نام برای نگهداری از کودک</h3>
<p dir="rtl">فرزندتان را هم‌زمان با ثبت‌نام در دوره خودتان ثبت‌نام کنید. شناسنامه یا مدرک شناسایی کودک و گواهی واکسن سرخک را همراه بیاورید. از کودکان یک‌ساله تا زمان ورود به مدرسه نگهداری می‌شود.</p>
<p dir="rtl">جاهای نگهداری از کودک محدود است. پس زود ثبت‌نام کنید. 🙂</p>
"""),
    },
]
