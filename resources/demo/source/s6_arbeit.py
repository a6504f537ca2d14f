"""Demo pages: Arbeit (format: see ``s1_sprache.py``). No Farsi translation of this section yet."""

from __future__ import annotations

PAGES = [
    {
        "key": "arbeit",
        "id": 1351,
        "parent": None,
        "icon": "icon-arbeit.png",
        "updated": "2024-11-27 09:50:33.128",
        "de": ("arbeit", "Arbeit", """
<p>Arbeit ist für viele Menschen der wichtigste Schritt zu einem selbstständigen Leben. Ob Sie arbeiten dürfen, steht in Ihrem Aufenthaltstitel oder in Ihrer Aufenthaltsgestattung.</p>
<p>Hier finden Sie Informationen zum <a href="page:jobcenter">Jobcenter</a>, zur <a href="page:anerkennung">Anerkennung ausländischer Abschlüsse</a> und zum <a href="page:buergergeld">Bürgergeld</a>.</p>
<p>Die Agentur für Arbeit Musterstadt berät auch Menschen ohne Leistungsbezug zu Ausbildung, Studium und Jobsuche.</p>
"""),
        "en": ("work", "Work", """
<p>For many people, work is the most important step towards an independent life. Whether you are allowed to work is stated in your residence permit or your permission to stay (<span class="notranslate" translate="no" dir="ltr">Aufenthaltsgestattung</span>).</p>
<p>Here you will find information about the <a href="page:jobcenter">Jobcenter</a>, the <a href="page:anerkennung">recognition of foreign qualifications</a> and <a href="page:buergergeld">citizen's income</a>.</p>
<p>The Musterstadt Employment Agency also advises people who do not receive benefits on training, studies and looking for a job.</p>
"""),
        "ar": ("العمل", "العمل", """
<p dir="rtl">العمل بالنسبة لكثير من الناس أهم خطوة نحو حياة مستقلة. يُذكر في تصريح إقامتك أو في إذن البقاء (<span class="notranslate" translate="no" dir="ltr">Aufenthaltsgestattung</span>) ما إذا كان يُسمح لك بالعمل.</p>
<p dir="rtl">تجد هنا معلومات عن <a href="page:jobcenter">مركز العمل</a> و<a href="page:anerkennung">الاعتراف بالشهادات الأجنبية</a> و<a href="page:buergergeld">إعانة المواطن</a>.</p>
<p dir="rtl">تقدّم وكالة العمل في موسترشتات المشورة أيضاً للأشخاص الذين لا يحصلون على إعانات، حول التدريب المهني والدراسة والبحث عن عمل.</p>
"""),
        "uk": ("робота", "Робота", """
<p>Для багатьох людей робота — найважливіший крок до самостійного життя. Чи маєте ви право працювати, зазначено у вашій посвідці на проживання або в дозволі на перебування (<span class="notranslate" translate="no" dir="ltr">Aufenthaltsgestattung</span>).</p>
<p>Тут ви знайдете інформацію про <a href="page:jobcenter">джобцентр</a>, <a href="page:anerkennung">визнання іноземних кваліфікацій</a> і <a href="page:buergergeld">громадянську допомогу</a>.</p>
<p>Агентство праці Мустерштадта консультує також людей, які не отримують допомоги, щодо професійного навчання, навчання у виші та пошуку роботи.</p>
"""),
    },
    {
        "key": "jobcenter",
        "id": 1352,
        "parent": "arbeit",
        "icon": None,
        "updated": "2025-07-21 11:27:09.664",
        "outdated": ("uk",),
        "de": ("jobcenter", "Jobcenter", """
<p>Das Jobcenter Musterstadt zahlt <a href="page:buergergeld">Bürgergeld</a> und hilft Ihnen, Arbeit oder eine Ausbildung zu finden. Sie bekommen eine feste Ansprechperson, die mit Ihnen einen <strong>Kooperationsplan</strong> macht.</p>
<p>Adresse: Bahnhofstraße 30, 12345 Musterstadt<br>Öffnungszeiten: Montag bis Freitag 8:00–12:00 Uhr, Donnerstag zusätzlich 14:00–18:00 Uhr</p>
<p>Telefon: <a href="tel:+498999998600">089 99998-600</a><br>E-Mail: <a href="mailto:jobcenter@jobcenter-musterstadt.example">jobcenter@jobcenter-musterstadt.example</a></p>
<h2>Wichtig</h2>
<ul>
<li>Öffnen Sie Briefe vom Jobcenter sofort. Oft gibt es Fristen.</li>
<li>Melden Sie Änderungen, zum Beispiel eine neue Arbeit oder einen Umzug, sofort.</li>
<li>Wenn Sie einen Termin nicht wahrnehmen können, sagen Sie vorher ab.</li>
</ul>
<p>Viele Anträge können Sie auch online auf <a href="https://jobcenter-musterstadt.example">jobcenter-musterstadt.example</a> stellen.</p>
"""),
        "en": ("jobcenter", "Jobcenter", """
<p>The Jobcenter Musterstadt pays <a href="page:buergergeld">citizen's income</a> and helps you find work or vocational training. You get a permanent contact person who draws up a <strong>cooperation plan</strong> with you.</p>
<p>Address: Bahnhofstraße 30, 12345 Musterstadt<br>Opening hours: Monday to Friday 8:00 am – 12:00 noon, Thursday also 2:00 – 6:00 pm</p>
<p>Phone: <a href="tel:+498999998600">089 99998-600</a><br>E-mail: <a href="mailto:jobcenter@jobcenter-musterstadt.example">jobcenter@jobcenter-musterstadt.example</a></p>
<h2>Important</h2>
<ul>
<li>Open letters from the Jobcenter immediately. There are often deadlines.</li>
<li>Report changes immediately, for example a new job or a move.</li>
<li>If you cannot attend an appointment, cancel it in advance.</li>
</ul>
<p>You can also submit many applications online at <a href="https://jobcenter-musterstadt.example">jobcenter-musterstadt.example</a>.</p>
"""),
        "ar": ("مركز-العمل", "مركز العمل", """
<p dir="rtl">يدفع مركز العمل في موسترشتات (<span class="notranslate" translate="no" dir="ltr">Jobcenter</span>) <a href="page:buergergeld">إعانة المواطن</a>، ويساعدك في العثور على عمل أو تدريب مهني. تحصل على موظف مسؤول ثابت يضع معك <strong>خطة تعاون</strong>.</p>
<p dir="rtl">العنوان: <span class="notranslate" translate="no" dir="ltr">Bahnhofstraße 30, 12345 Musterstadt</span><br>أوقات الدوام: من الاثنين إلى الجمعة 8:00–12:00، والخميس أيضاً 14:00–18:00</p>
<p dir="rtl">الهاتف: <a href="tel:+498999998600">089 99998-600</a><br>البريد الإلكتروني: <a href="mailto:jobcenter@jobcenter-musterstadt.example">jobcenter@jobcenter-musterstadt.example</a></p>
<h2>مهم</h2>
<ul dir="rtl">
<li>افتح رسائل مركز العمل فوراً، فغالباً توجد مهل محددة.</li>
<li>أبلغ فوراً عن أي تغيير، مثل عمل جديد أو انتقال إلى سكن آخر.</li>
<li>إذا لم تتمكن من حضور موعد، فألغِه مسبقاً.</li>
</ul>
<p dir="rtl">يمكنك تقديم كثير من الطلبات عبر الإنترنت أيضاً على <a href="https://jobcenter-musterstadt.example">jobcenter-musterstadt.example</a>.</p>
"""),
        "uk": ("джобцентр", "Джобцентр", """
<p>Джобцентр Мустерштадта виплачує <a href="page:buergergeld">громадянську допомогу</a> і допомагає знайти роботу або професійне навчання. У вас буде постійний консультант, який разом із вами складе <strong>план співпраці</strong>.</p>
<p>Адреса: Bahnhofstraße 30, 12345 Musterstadt<br>Години роботи: понеділок–п'ятниця 8:00–12:00, у четвер також 14:00–18:00</p>
<p>Телефон: <a href="tel:+498999998600">089 99998-600</a><br>E-mail: <a href="mailto:jobcenter@jobcenter-musterstadt.example">jobcenter@jobcenter-musterstadt.example</a></p>
<h2>Важливо</h2>
<ul>
<li>Одразу відкривайте листи від джобцентру. Часто в них є строки.</li>
<li>Одразу повідомляйте про зміни, наприклад нову роботу чи переїзд.</li>
<li>Якщо не можете прийти на прийом, скасуйте його заздалегідь.</li>
</ul>
"""),
    },
    {
        "key": "anerkennung",
        "id": 1353,
        "parent": "arbeit",
        "icon": None,
        "updated": "2025-05-05 14:09:51.370",
        "de": ("anerkennung-auslaendischer-abschluesse", "Anerkennung ausländischer Abschlüsse", """
<p>Haben Sie im Ausland einen Beruf gelernt oder studiert? Dann können Sie prüfen lassen, ob Ihr Abschluss einem deutschen Abschluss <strong>gleichwertig</strong> ist.</p>
<p>Für manche Berufe ist die Anerkennung <em>Pflicht</em>, zum Beispiel für Ärztinnen, Pflegekräfte, Lehrkräfte und Erzieher. Für andere Berufe ist sie freiwillig, hilft aber bei der Bewerbung.</p>
<h2>So gehen Sie vor</h2>
<ol>
<li>Lassen Sie sich beraten, welche Stelle für Ihren Beruf zuständig ist.</li>
<li>Lassen Sie Zeugnisse und Nachweise übersetzen – nur von vereidigten Übersetzern.</li>
<li>Stellen Sie den Antrag. Das Verfahren kostet je nach Beruf zwischen 100 und 600 Euro.</li>
</ol>
<p>Das Jobcenter oder die Agentur für Arbeit kann die Kosten übernehmen. Fragen Sie <em>vor</em> dem Antrag.</p>
<p>Kostenlose Beratung: Anerkennungsberatung Musterstadt, <a href="mailto:anerkennung@migrationsdienst-musterstadt.example">anerkennung@migrationsdienst-musterstadt.example</a></p>
"""),
        "en": ("recognition-of-foreign-qualifications", "Recognition of foreign qualifications", """
<p>Did you learn a profession or study abroad? Then you can have it checked whether your qualification is <strong>equivalent</strong> to a German qualification.</p>
<p>For some professions recognition is <em>mandatory</em>, for example for doctors, nurses, teachers and educators. For other professions it is voluntary, but it helps when you apply for jobs.</p>
<h2>How to proceed</h2>
<ol>
<li>Get advice on which office is responsible for your profession.</li>
<li>Have your certificates and documents translated – only by sworn translators.</li>
<li>Submit the application. Depending on the profession, the procedure costs between 100 and 600 euros.</li>
</ol>
<p>The Jobcenter or the Employment Agency can cover the costs. Ask <em>before</em> you apply.</p>
<p>Free advice: Recognition counselling Musterstadt (<span class="notranslate" translate="no" dir="ltr">Anerkennungsberatung</span>), <a href="mailto:anerkennung@migrationsdienst-musterstadt.example">anerkennung@migrationsdienst-musterstadt.example</a></p>
"""),
        "uk": ("визнання-іноземних-кваліфікацій", "Визнання іноземних кваліфікацій", """
<p>Ви здобули професію або вищу освіту за кордоном? Тоді можна перевірити, чи <strong>рівноцінний</strong> ваш диплом німецькому.</p>
<p>Для деяких професій визнання <em>обов'язкове</em>, наприклад для лікарів, медсестер, учителів і вихователів. Для інших професій воно добровільне, але допомагає під час пошуку роботи.</p>
<h2>Як діяти</h2>
<ol>
<li>Дізнайтеся на консультації, яка установа відповідає за вашу професію.</li>
<li>Замовте переклад атестатів і документів — лише в присяжних перекладачів.</li>
<li>Подайте заяву. Залежно від професії процедура коштує від 100 до 600 євро.</li>
</ol>
<p>Джобцентр або агентство праці можуть оплатити ці витрати. Запитайте про це <em>до</em> подання заяви.</p>
<p>Безкоштовна консультація: <span class="notranslate" translate="no" dir="ltr">Anerkennungsberatung Musterstadt</span>, <a href="mailto:anerkennung@migrationsdienst-musterstadt.example">anerkennung@migrationsdienst-musterstadt.example</a></p>
"""),
    },
    {
        "key": "buergergeld",
        "id": 1354,
        "parent": "arbeit",
        "icon": None,
        "updated": "2025-08-04 10:40:18.902",
        "outdated": ("ar",),
        "de": ("buergergeld", "Bürgergeld", """
<p><strong>Bürgergeld</strong> ist Geld zum Leben für Menschen, die arbeiten können, aber kein oder zu wenig Einkommen haben. Auch anerkannte Flüchtlinge und Geflüchtete aus der Ukraine können Bürgergeld bekommen.</p>
<p>Das Bürgergeld besteht aus dem <em>Regelbedarf</em> (für Essen, Kleidung, Strom, Telefon) und den Kosten für Miete und Heizung, wenn sie angemessen sind.</p>
<h2>Antrag</h2>
<p>Stellen Sie den Antrag beim <a href="page:jobcenter">Jobcenter</a>. Das Bürgergeld wird ab dem Monat gezahlt, in dem Sie den Antrag gestellt haben – nicht rückwirkend.</p>
<p>Die Bewilligung gilt in der Regel für zwölf Monate. Stellen Sie danach rechtzeitig einen Weiterbewilligungsantrag.</p>
<p>Wenn Sie Arbeit finden, dürfen Sie einen Teil Ihres Einkommens behalten. Es lohnt sich also immer, zu arbeiten.</p>
"""),
        "en": ("citizens-income", "Citizen's income", """
<p><strong>Citizen's income</strong> (<span class="notranslate" translate="no" dir="ltr">Bürgergeld</span>) is money to live on for people who are able to work but have no income or too little. Recognised refugees and refugees from Ukraine can also receive citizen's income.</p>
<p>Citizen's income consists of the <em>standard rate</em> (for food, clothing, electricity, telephone) and the costs of rent and heating, if they are appropriate.</p>
<h2>Application</h2>
<p>Apply at the <a href="page:jobcenter">Jobcenter</a>. Citizen's income is paid from the month in which you applied – not retroactively.</p>
<p>The approval is usually valid for twelve months. After that, apply for continued payment in good time.</p>
<p>If you find work, you may keep part of your income. So it always pays to work.</p>
"""),
        "ar": ("إعانة-المواطن", "إعانة المواطن", """
<p dir="rtl"><strong>إعانة المواطن</strong> (<span class="notranslate" translate="no" dir="ltr">Bürgergeld</span>) هي مال للمعيشة للأشخاص القادرين على العمل لكن ليس لديهم دخل أو دخلهم غير كافٍ. يمكن للاجئين المعترف بهم وللفارين من أوكرانيا أيضاً الحصول على إعانة المواطن.</p>
<p dir="rtl">تتكوّن إعانة المواطن من <em>الاحتياج الأساسي</em> (للطعام والملابس والكهرباء والهاتف) ومن تكاليف الإيجار والتدفئة إذا كانت مناسبة.</p>
<h2>الطلب</h2>
<p dir="rtl">قدّم الطلب لدى <a href="page:jobcenter">مركز العمل</a>. تُدفع الإعانة ابتداءً من الشهر الذي قدّمت فيه الطلب – وليس بأثر رجعي.</p>
<p dir="rtl">إذا وجدت عملاً، يحق لك الاحتفاظ بجزء من دخلك. لذلك يستحق العمل دائماً.</p>
"""),
        "uk": ("громадянська-допомога", "Громадянська допомога", """
<p><strong>Громадянська допомога</strong> (<span class="notranslate" translate="no" dir="ltr">Bürgergeld</span>) — це гроші на життя для людей, які можуть працювати, але не мають доходу або мають замалий дохід. Визнані біженці та біженці з України також можуть отримувати цю допомогу.</p>
<p>Вона складається зі <em>стандартної ставки</em> (на харчування, одяг, електроенергію, телефон) і витрат на оренду та опалення, якщо вони прийнятні.</p>
<h2>Заява</h2>
<p>Подайте заяву до <a href="page:jobcenter">джобцентру</a>. Допомогу виплачують із місяця, у якому ви подали заяву, — не заднім числом.</p>
<p>Рішення про призначення зазвичай діє дванадцять місяців. Після цього вчасно подайте заяву на продовження виплат.</p>
<p>Якщо ви знайдете роботу, частину доходу можна залишити собі. Тож працювати завжди вигідно.</p>
"""),
    },
]
