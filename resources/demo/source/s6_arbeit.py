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
<p>Die Agentur für Arbeit Musterstadt berät auch Menschen ohne Leistungsbezug zu Ausbildung, Studium und Jobsuche. Die Berufsberatung finden Sie in der Bahnhofstraße 28, direkt neben dem Jobcenter. Termine gibt es unter <a href="tel:+498999998650">089 99998-650</a>.</p>
"""),
        "en": ("work", "Work", """
<p>For many people, work is the most important step towards an independent life. Whether you are allowed to work is stated in your residence permit or your permission to stay (<span class="notranslate" translate="no" dir="ltr">Aufenthaltsgestattung</span>).</p>
<p>Here you will find information about the <a href="page:jobcenter">Jobcenter</a>, the <a href="page:anerkennung">recognition of foreign qualifications</a> and <a href="page:buergergeld">citizen's income</a>.</p>
<p>The Musterstadt Employment Agency also advises people who do not receive benefits on training, studies and looking for a job. The careers advice service is at Bahnhofstraße 28, right next to the Jobcenter. You can make an appointment on <a href="tel:+498999998650">089 99998-650</a>.</p>
"""),
        "ar": ("العمل", "العمل", """
<p dir="rtl">العمل بالنسبة لكثير من الناس أهم خطوة نحو حياة مستقلة. يُذكر في تصريح إقامتك أو في إذن البقاء (<span class="notranslate" translate="no" dir="ltr">Aufenthaltsgestattung</span>) ما إذا كان يُسمح لك بالعمل.</p>
<p dir="rtl">تجد هنا معلومات عن <a href="page:jobcenter">مركز العمل</a> و<a href="page:anerkennung">الاعتراف بالشهادات الأجنبية</a> و<a href="page:buergergeld">إعانة المواطن</a>.</p>
<p dir="rtl">تقدّم وكالة العمل في موسترشتات المشورة أيضاً للأشخاص الذين لا يحصلون على إعانات، حول التدريب المهني والدراسة والبحث عن عمل. تجد خدمة التوجيه المهني في <span class="notranslate" translate="no" dir="ltr">Bahnhofstraße 28</span>، بجوار مركز العمل مباشرة. يمكنك حجز موعد على الرقم <a href="tel:+498999998650">089 99998-650</a>.</p>
"""),
        "uk": ("робота", "Робота", """
<p>Для багатьох людей робота — найважливіший крок до самостійного життя. Чи маєте ви право працювати, зазначено у вашій посвідці на проживання або в дозволі на перебування (<span class="notranslate" translate="no" dir="ltr">Aufenthaltsgestattung</span>).</p>
<p>Тут ви знайдете інформацію про <a href="page:jobcenter">джобцентр</a>, <a href="page:anerkennung">визнання іноземних кваліфікацій</a> і <a href="page:buergergeld">громадянську допомогу</a>.</p>
<p>Агентство праці Мустерштадта консультує також людей, які не отримують допомоги, щодо професійного навчання, навчання у виші та пошуку роботи. Служба профорієнтації розташована на Bahnhofstraße 28, поруч із джобцентром. Записатися на консультацію можна за номером <a href="tel:+498999998650">089 99998-650</a>.</p>
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
<h2>Ihr erster Termin</h2>
<p>Für den Erstantrag bringen Sie bitte mit:</p>
<ul>
<li>Pass und Aufenthaltstitel oder Fiktionsbescheinigung</li>
<li>Mietvertrag und die letzte Nebenkostenabrechnung</li>
<li>Kontoauszüge der letzten drei Monate</li>
<li>Steuer-Identifikationsnummer und Nachweis über Ihre Krankenversicherung</li>
<li>ggf. Arbeitsvertrag, Lohnabrechnungen und Bescheid über Kindergeld</li>
</ul>
<h2>Wichtig</h2>
<ul>
<li>Öffnen Sie Briefe vom Jobcenter sofort. Oft gibt es Fristen.</li>
<li>Melden Sie Änderungen, zum Beispiel eine neue Arbeit oder einen Umzug, sofort.</li>
<li>Wenn Sie einen Termin nicht wahrnehmen können, sagen Sie vorher ab.</li>
<li>Heben Sie alle Bescheide in einem Ordner auf. Sie brauchen sie z. B. für die Verlängerung Ihres Aufenthaltstitels.</li>
</ul>
<p>Sie möchten verreisen? Sprechen Sie vorher mit Ihrer Ansprechperson. Ohne Zustimmung des Jobcenters dürfen Sie nicht verreisen, sonst kann das Bürgergeld für diese Zeit wegfallen. In der Regel sind bis zu drei Wochen im Jahr möglich. Melden Sie sich nach Ihrer Rückkehr am nächsten Werktag beim Jobcenter.</p>
<p>Viele Anträge können Sie auch online auf <a href="https://jobcenter-musterstadt.example">jobcenter-musterstadt.example</a> stellen.</p>
"""),
        "en": ("jobcenter", "Jobcenter", """
<p>The Jobcenter Musterstadt pays <a href="page:buergergeld">citizen's income</a> and helps you find work or vocational training. You get a permanent contact person who draws up a <strong>cooperation plan</strong> with you.</p>
<p>Address: Bahnhofstraße 30, 12345 Musterstadt<br>Opening hours: Monday to Friday 8:00 am – 12:00 noon, Thursday also 2:00 – 6:00 pm</p>
<p>Phone: <a href="tel:+498999998600">089 99998-600</a><br>E-mail: <a href="mailto:jobcenter@jobcenter-musterstadt.example">jobcenter@jobcenter-musterstadt.example</a></p>
<h2>Your first appointment</h2>
<p>For your first application, please bring:</p>
<ul>
<li>passport and residence permit or <span class="notranslate" translate="no" dir="ltr">Fiktionsbescheinigung</span></li>
<li>rental contract and the latest service charge statement</li>
<li>bank statements for the last three months</li>
<li>tax identification number and proof of your health insurance</li>
<li>if applicable, employment contract, payslips and child benefit decision</li>
</ul>
<h2>Important</h2>
<ul>
<li>Open letters from the Jobcenter immediately. There are often deadlines.</li>
<li>Report changes immediately, for example a new job or a move.</li>
<li>If you cannot attend an appointment, cancel it in advance.</li>
<li>Keep all decision letters in a folder. You will need them, for example, to extend your residence permit.</li>
</ul>
<p>Do you want to travel? Talk to your contact person first. You may not travel without the Jobcenter's consent, otherwise you may lose your citizen's income for that period. As a rule, up to three weeks a year are possible. Report back to the Jobcenter on the next working day after your return.</p>
<p>You can also submit many applications online at <a href="https://jobcenter-musterstadt.example">jobcenter-musterstadt.example</a>.</p>
"""),
        "ar": ("مركز-العمل", "مركز العمل", """
<p dir="rtl">يدفع مركز العمل في موسترشتات (<span class="notranslate" translate="no" dir="ltr">Jobcenter</span>) <a href="page:buergergeld">إعانة المواطن</a>، ويساعدك في العثور على عمل أو تدريب مهني. تحصل على موظف مسؤول ثابت يضع معك <strong>خطة تعاون</strong>.</p>
<p dir="rtl">العنوان: <span class="notranslate" translate="no" dir="ltr">Bahnhofstraße 30, 12345 Musterstadt</span><br>أوقات الدوام: من الاثنين إلى الجمعة 8:00–12:00، والخميس أيضاً 14:00–18:00</p>
<p dir="rtl">الهاتف: <a href="tel:+498999998600">089 99998-600</a><br>البريد الإلكتروني: <a href="mailto:jobcenter@jobcenter-musterstadt.example">jobcenter@jobcenter-musterstadt.example</a></p>
<h2>موعدك الأول</h2>
<p dir="rtl">يُرجى إحضار ما يلي للطلب الأول:</p>
<ul dir="rtl">
<li>جواز السفر وتصريح الإقامة أو شهادة الإقامة المؤقتة (<span class="notranslate" translate="no" dir="ltr">Fiktionsbescheinigung</span>)</li>
<li>عقد الإيجار وآخر كشف حساب للتكاليف الإضافية</li>
<li>كشوف الحساب المصرفي لآخر ثلاثة أشهر</li>
<li>رقم التعريف الضريبي وإثبات التأمين الصحي</li>
<li>عند الاقتضاء: عقد العمل وقسائم الراتب وقرار إعانة الأطفال</li>
</ul>
<h2>مهم</h2>
<ul dir="rtl">
<li>افتح رسائل مركز العمل فوراً، فغالباً توجد مهل محددة.</li>
<li>أبلغ فوراً عن أي تغيير، مثل عمل جديد أو انتقال إلى سكن آخر.</li>
<li>إذا لم تتمكن من حضور موعد، فألغِه مسبقاً.</li>
<li>احتفظ بجميع القرارات في ملف، فستحتاج إليها مثلاً لتمديد تصريح إقامتك.</li>
</ul>
<p dir="rtl">هل تريد السفر؟ تحدّث أولاً مع الموظف المسؤول عنك. لا يجوز لك السفر دون موافقة مركز العمل، وإلا فقد تفقد إعانة المواطن عن تلك المدة. يُسمح عادةً بما يصل إلى ثلاثة أسابيع في السنة. راجع مركز العمل في يوم العمل التالي لعودتك.</p>
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
<p>Für den Antrag brauchen Sie meistens: einen tabellarischen Lebenslauf, Ihr Abschlusszeugnis mit Fächer- und Notenübersicht, Nachweise über Ihre Berufserfahrung und eine Kopie Ihres Passes. Wenn alle Unterlagen vollständig sind, entscheidet die zuständige Stelle in der Regel innerhalb von drei Monaten.</p>
<h2>Nur teilweise gleichwertig?</h2>
<p>Oft wird ein Abschluss nur teilweise anerkannt. Im Bescheid steht dann, was Ihnen noch fehlt. Mit einer <strong>Anpassungsqualifizierung</strong> oder einer Kenntnisprüfung können Sie die Unterschiede ausgleichen. Auch dafür gibt es Förderung, z. B. vom Jobcenter. Für Hochschulabschlüsse ohne reglementierten Beruf gibt es statt der Anerkennung eine Zeugnisbewertung.</p>
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
<p>For the application you usually need: a CV in table form, your final certificate with a list of subjects and grades, proof of your work experience and a copy of your passport. Once all documents are complete, the responsible office usually decides within three months.</p>
<h2>Only partly equivalent?</h2>
<p>Often a qualification is only partly recognised. The decision then states what you are still missing. With an <strong>adaptation qualification</strong> (<span class="notranslate" translate="no" dir="ltr">Anpassungsqualifizierung</span>) or an aptitude test you can make up for the differences. Funding is available for this too, for example from the Jobcenter. For university degrees in non-regulated professions there is a statement of comparability (<span class="notranslate" translate="no" dir="ltr">Zeugnisbewertung</span>) instead of recognition.</p>
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
<p>Для заяви зазвичай потрібні: резюме у формі таблиці, диплом або атестат із переліком предметів і оцінок, підтвердження професійного досвіду та копія паспорта. Коли всі документи подано, відповідальна установа зазвичай ухвалює рішення протягом трьох місяців.</p>
<h2>Визнано лише частково?</h2>
<p>Часто кваліфікацію визнають лише частково. Тоді в рішенні зазначено, чого вам ще бракує. За допомогою <strong>адаптаційного навчання</strong> (<span class="notranslate" translate="no" dir="ltr">Anpassungsqualifizierung</span>) або іспиту на знання ви можете надолужити різницю. На це теж є фінансування, наприклад від джобцентру. Для дипломів вишів із нерегульованих професій замість визнання проводять оцінювання диплома (<span class="notranslate" translate="no" dir="ltr">Zeugnisbewertung</span>).</p>
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
<table>
<thead>
<tr><th>Person</th><th>Regelbedarf pro Monat (2025)</th></tr>
</thead>
<tbody>
<tr><td>Alleinstehende Erwachsene</td><td>563 €</td></tr>
<tr><td>Partner in einer Bedarfsgemeinschaft, je</td><td>506 €</td></tr>
<tr><td>Erwachsene unter 25 Jahren im Haushalt der Eltern</td><td>451 €</td></tr>
<tr><td>Kinder von 14 bis 17 Jahren</td><td>471 €</td></tr>
<tr><td>Kinder von 6 bis 13 Jahren</td><td>390 €</td></tr>
<tr><td>Kinder bis 5 Jahre</td><td>357 €</td></tr>
</tbody>
</table>
<h2>Antrag</h2>
<p>Stellen Sie den Antrag beim <a href="page:jobcenter">Jobcenter</a>. Das Bürgergeld wird ab dem Monat gezahlt, in dem Sie den Antrag gestellt haben – nicht rückwirkend.</p>
<p>Bringen Sie zum Antrag Ihren Pass, Ihren Aufenthaltstitel, den Mietvertrag und die Kontoauszüge der letzten drei Monate mit. Eine vollständige Liste finden Sie auf der Seite <a href="page:jobcenter">Jobcenter</a>.</p>
<p>Die Bewilligung gilt in der Regel für zwölf Monate. Stellen Sie danach rechtzeitig einen Weiterbewilligungsantrag.</p>
<p>Wenn Sie Arbeit finden, dürfen Sie einen Teil Ihres Einkommens behalten. Es lohnt sich also immer, zu arbeiten.</p>
<h2>Ersparnisse</h2>
<p>Im ersten Jahr zählt Ihr Vermögen nur, wenn es erheblich ist: Das sind mehr als 40.000 Euro für die erste Person und 15.000 Euro für jede weitere Person im Haushalt. Ein angemessenes Auto dürfen Sie behalten.</p>
"""),
        "en": ("citizens-income", "Citizen's income", """
<p><strong>Citizen's income</strong> (<span class="notranslate" translate="no" dir="ltr">Bürgergeld</span>) is money to live on for people who are able to work but have no income or too little. Recognised refugees and refugees from Ukraine can also receive citizen's income.</p>
<p>Citizen's income consists of the <em>standard rate</em> (for food, clothing, electricity, telephone) and the costs of rent and heating, if they are appropriate.</p>
<table>
<thead>
<tr><th>Person</th><th>Standard rate per month (2025)</th></tr>
</thead>
<tbody>
<tr><td>Single adults</td><td>€563</td></tr>
<tr><td>Partners in a joint household, each</td><td>€506</td></tr>
<tr><td>Adults under 25 living with their parents</td><td>€451</td></tr>
<tr><td>Children aged 14 to 17</td><td>€471</td></tr>
<tr><td>Children aged 6 to 13</td><td>€390</td></tr>
<tr><td>Children up to 5</td><td>€357</td></tr>
</tbody>
</table>
<h2>Application</h2>
<p>Apply at the <a href="page:jobcenter">Jobcenter</a>. Citizen's income is paid from the month in which you applied – not retroactively.</p>
<p>When you apply, bring your passport, your residence permit, your rental contract and your bank statements for the last three months. You can find a complete list on the <a href="page:jobcenter">Jobcenter</a> page.</p>
<p>The approval is usually valid for twelve months. After that, apply for continued payment in good time.</p>
<p>If you find work, you may keep part of your income. So it always pays to work.</p>
<h2>Savings</h2>
<p>In the first year, your assets only count if they are substantial: that means more than 40,000 euros for the first person and 15,000 euros for each additional person in the household. You may keep a reasonable car.</p>
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
<table>
<thead>
<tr><th>Особа</th><th>Стандартна ставка на місяць (2025)</th></tr>
</thead>
<tbody>
<tr><td>Самотні дорослі</td><td>563 €</td></tr>
<tr><td>Партнери в спільному домогосподарстві, кожен</td><td>506 €</td></tr>
<tr><td>Дорослі до 25 років, які живуть із батьками</td><td>451 €</td></tr>
<tr><td>Діти від 14 до 17 років</td><td>471 €</td></tr>
<tr><td>Діти від 6 до 13 років</td><td>390 €</td></tr>
<tr><td>Діти до 5 років</td><td>357 €</td></tr>
</tbody>
</table>
<h2>Заява</h2>
<p>Подайте заяву до <a href="page:jobcenter">джобцентру</a>. Допомогу виплачують із місяця, у якому ви подали заяву, — не заднім числом.</p>
<p>Для подання заяви візьміть паспорт, посвідку на проживання, договір оренди та банківські виписки за останні три місяці. Повний перелік ви знайдете на сторінці <a href="page:jobcenter">Джобцентр</a>.</p>
<p>Рішення про призначення зазвичай діє дванадцять місяців. Після цього вчасно подайте заяву на продовження виплат.</p>
<p>Якщо ви знайдете роботу, частину доходу можна залишити собі. Тож працювати завжди вигідно.</p>
<h2>Заощадження</h2>
<p>У перший рік ваше майно враховують, лише якщо воно значне: це понад 40 000 євро для першої особи та 15 000 євро для кожної наступної особи в домогосподарстві. Автомобіль у розумних межах можна залишити.</p>
"""),
    },
]
