"""Demo pages: Ausländerbehörde (format: see ``s1_sprache.py``)."""

from __future__ import annotations

_CARD = (
    '<div data-contact-id="31" data-contact-url="/musterstadt/contact/31/'
    '?details=name,area_of_responsibility,address,email,phone_number,website"></div>'
)

PAGES = [
    {
        "key": "auslaenderbehoerde",
        "id": 1311,
        "parent": None,
        "icon": "icon-auslaenderbehoerde.png",
        "updated": "2025-02-03 13:40:05.903",
        "de": ("auslaenderbehoerde", "Ausländerbehörde", """
<p>Die Ausländerbehörde der Stadt Musterstadt ist zuständig für alle Fragen zum <strong>Aufenthalt</strong>. Sie stellt Aufenthaltstitel aus und verlängert sie, bearbeitet Anträge auf Einbürgerung und entscheidet über die Wohnsitzauflage.</p>
<p>Sie finden die Ausländerbehörde im Rathaus, Rathausplatz 4, 2. Stock. Für fast alle Anliegen brauchen Sie einen <a href="page:termine">Termin</a>. Telefonisch erreichen Sie die Servicestelle Montag bis Freitag von 9:00 bis 11:00 Uhr unter <a href="tel:+498999998210">089 99998-210</a>.</p>
<p>Auf diesen Seiten finden Sie:</p>
<ul>
<li><a href="page:termine">Termine und Öffnungszeiten</a></li>
<li><a href="page:aufenthaltstitel">Aufenthaltstitel verlängern</a></li>
<li><a href="page:einbuergerung">Einbürgerung</a></li>
<li><a href="page:wohnsitzauflage">Wohnsitzauflage</a></li>
</ul>
"""),
        "en": ("foreigners-authority", "Foreigners' authority", """
<p>The foreigners' authority of the city of Musterstadt is responsible for all questions about <strong>residence</strong>. It issues and extends residence permits, processes applications for naturalisation and decides on the residence obligation.</p>
<p>You can find the foreigners' authority (<span class="notranslate" translate="no" dir="ltr">Ausländerbehörde</span>) in the town hall, Rathausplatz 4, 2nd floor. For almost all matters you need an <a href="page:termine">appointment</a>. You can reach the service point by phone from Monday to Friday, 9:00 to 11:00 am, on <a href="tel:+498999998210">089 99998-210</a>.</p>
<p>On these pages you will find:</p>
<ul>
<li><a href="page:termine">Appointments and opening hours</a></li>
<li><a href="page:aufenthaltstitel">Extending a residence permit</a></li>
<li><a href="page:einbuergerung">Naturalisation</a></li>
<li><a href="page:wohnsitzauflage">Residence obligation</a></li>
</ul>
"""),
        "ar": ("دائرة-الأجانب", "دائرة الأجانب", """
<p dir="rtl">دائرة الأجانب في مدينة موسترشتات مسؤولة عن جميع المسائل المتعلقة <strong>بالإقامة</strong>. فهي تصدر تصاريح الإقامة وتمددها، وتعالج طلبات التجنيس، وتبتّ في إلزام السكن.</p>
<p dir="rtl">تجد دائرة الأجانب (<span class="notranslate" translate="no" dir="ltr">Ausländerbehörde</span>) في مبنى البلدية، <span class="notranslate" translate="no" dir="ltr">Rathausplatz 4</span>، الطابق الثاني. تحتاج إلى <a href="page:termine">موعد</a> لكل المعاملات تقريباً. يمكنك الاتصال بمكتب الخدمة هاتفياً من الاثنين إلى الجمعة من 9:00 إلى 11:00 على الرقم <a href="tel:+498999998210">089 99998-210</a>.</p>
<p dir="rtl">تجد في هذه الصفحات:</p>
<ul dir="rtl">
<li><a href="page:termine">المواعيد وأوقات الدوام</a></li>
<li><a href="page:aufenthaltstitel">تمديد تصريح الإقامة</a></li>
<li><a href="page:einbuergerung">التجنيس</a></li>
<li><a href="page:wohnsitzauflage">إلزام السكن</a></li>
</ul>
"""),
        "fa": ("اداره-اتباع-خارجی", "اداره اتباع خارجی", """
<p dir="rtl">اداره اتباع خارجی شهر موسترشتات مسئول همه پرسش‌های مربوط به <strong>اقامت</strong> است. این اداره اجازه اقامت صادر و تمدید می‌کند، به درخواست‌های تابعیت رسیدگی می‌کند و درباره الزام محل سکونت تصمیم می‌گیرد.</p>
<p dir="rtl">اداره اتباع خارجی (<span class="notranslate" translate="no" dir="ltr">Ausländerbehörde</span>) در ساختمان شهرداری، <span class="notranslate" translate="no" dir="ltr">Rathausplatz 4</span>، طبقه دوم قرار دارد. تقریباً برای همه کارها به <a href="page:termine">وقت قبلی</a> نیاز دارید. از دوشنبه تا جمعه، ساعت ۹:۰۰ تا ۱۱:۰۰، می‌توانید با شماره <a href="tel:+498999998210">089 99998-210</a> با بخش خدمات تماس بگیرید.</p>
<p dir="rtl">در این صفحات این موضوعات را پیدا می‌کنید:</p>
<ul dir="rtl">
<li><a href="page:termine">وقت‌ها و ساعات کاری</a></li>
<li><a href="page:aufenthaltstitel">تمدید اجازه اقامت</a></li>
<li><a href="page:einbuergerung">تابعیت</a></li>
<li><a href="page:wohnsitzauflage">الزام محل سکونت</a></li>
</ul>
"""),
        "uk": ("відомство-у-справах-іноземців", "Відомство у справах іноземців", """
<p>Відомство у справах іноземців міста Мустерштадт відповідає за всі питання <strong>перебування</strong>. Воно видає та продовжує посвідки на проживання, розглядає заяви про натуралізацію та ухвалює рішення щодо обов'язку проживання за місцем реєстрації.</p>
<p>Відомство у справах іноземців (<span class="notranslate" translate="no" dir="ltr">Ausländerbehörde</span>) розташоване в ратуші, Rathausplatz 4, 2-й поверх. Майже для всіх питань вам потрібен <a href="page:termine">запис на прийом</a>. Зателефонувати до сервісного пункту можна з понеділка по п'ятницю з 9:00 до 11:00 за номером <a href="tel:+498999998210">089 99998-210</a>.</p>
<p>На цих сторінках ви знайдете:</p>
<ul>
<li><a href="page:termine">Запис на прийом і години роботи</a></li>
<li><a href="page:aufenthaltstitel">Продовження посвідки на проживання</a></li>
<li><a href="page:einbuergerung">Натуралізація</a></li>
<li><a href="page:wohnsitzauflage">Обов'язок проживання за місцем реєстрації</a></li>
</ul>
"""),
    },
    {
        "key": "termine",
        "id": 1312,
        "parent": "auslaenderbehoerde",
        "icon": None,
        "updated": "2025-05-12 10:05:44.129",
        "outdated": ("fa",),
        "de": ("termine", "Termine und Öffnungszeiten", """
<p>Termine bei der Ausländerbehörde buchen Sie online unter <a href="https://termine.musterstadt.example">termine.musterstadt.example</a>. Wenn Sie keinen Computer haben, hilft Ihnen die Migrationsberatung oder das <span class="notranslate" translate="no" dir="ltr">Bürgerbüro</span>.</p>
<p>Neue Termine werden jeden Montag ab 7:00 Uhr für die nächsten vier Wochen freigeschaltet. Buchen Sie bitte nur einen Termin pro Person. Für Familien können Sie einen gemeinsamen Termin buchen. Geben Sie dann an, für wie viele Personen der Termin ist.</p>
<h2>Öffnungszeiten</h2>
<table>
<tbody>
<tr><td>Montag</td><td>8:00–12:00 Uhr</td></tr>
<tr><td>Dienstag</td><td>8:00–12:00 Uhr und 14:00–17:30 Uhr</td></tr>
<tr><td>Mittwoch</td><td>geschlossen</td></tr>
<tr><td>Donnerstag</td><td>8:00–12:00 Uhr und 14:00–18:00 Uhr</td></tr>
<tr><td>Freitag</td><td>8:00–12:00 Uhr</td></tr>
</tbody>
</table>
<p>An Feiertagen ist die Ausländerbehörde geschlossen. Vom 24. Dezember bis zum 1. Januar gibt es nur Termine in dringenden Fällen.</p>
<p>Bitte bringen Sie zu jedem Termin Ihren Pass, Ihren aktuellen Aufenthaltstitel und alle Briefe der Ausländerbehörde mit.</p>
<p>Bitte kommen Sie pünktlich. Wer mehr als 10 Minuten zu spät kommt, muss einen neuen Termin buchen.</p>
<h2>Ohne Termin – nur in dringenden Fällen</h2>
<ul>
<li>Ihr Aufenthaltstitel läuft in den nächsten 14 Tagen ab und Sie haben keinen Termin mehr bekommen.</li>
<li>Ihr Pass oder Ihr Aufenthaltstitel wurde gestohlen oder ist verloren gegangen.</li>
<li>Sie haben eine Arbeitsstelle sicher und brauchen schnell eine Erlaubnis zur Beschäftigung.</li>
</ul>
<p>Schreiben Sie in diesen Fällen eine E-Mail mit Namen, Geburtsdatum und Aktenzeichen an <a href="mailto:auslaenderbehoerde@musterstadt.example">auslaenderbehoerde@musterstadt.example</a>. Einen Termin absagen können Sie über den Link in Ihrer Bestätigungs-E-Mail. Wenn Sie wenig Deutsch sprechen, dürfen Sie eine Person zum Übersetzen mitbringen.</p>
<h3>Kontakt</h3>
""" + _CARD),
        "en": ("appointments", "Appointments and opening hours", """
<p>You book appointments at the foreigners' authority online at <a href="https://termine.musterstadt.example">termine.musterstadt.example</a>. If you do not have a computer, the migration counselling service or the citizens' office can help you.</p>
<p>New appointments are released every Monday from 7:00 am for the next four weeks. Please book only one appointment per person. Families can book one joint appointment. In that case, state how many people the appointment is for.</p>
<h2>Opening hours</h2>
<table>
<tbody>
<tr><td>Monday</td><td>8:00 am – 12:00 noon</td></tr>
<tr><td>Tuesday</td><td>8:00 am – 12:00 noon and 2:00 – 5:30 pm</td></tr>
<tr><td>Wednesday</td><td>closed</td></tr>
<tr><td>Thursday</td><td>8:00 am – 12:00 noon and 2:00 – 6:00 pm</td></tr>
<tr><td>Friday</td><td>8:00 am – 12:00 noon</td></tr>
</tbody>
</table>
<p>The foreigners' authority is closed on public holidays. From 24 December to 1 January there are only appointments for urgent cases.</p>
<p>Please bring your passport, your current residence permit and all letters from the foreigners' authority to every appointment.</p>
<p>Please be on time. If you are more than 10 minutes late, you have to book a new appointment.</p>
<h2>Without an appointment – only in urgent cases</h2>
<ul>
<li>Your residence permit expires within the next 14 days and you could not get an appointment.</li>
<li>Your passport or residence permit has been stolen or lost.</li>
<li>You have been promised a job and quickly need a permit to work.</li>
</ul>
<p>In these cases, send an e-mail with your name, date of birth and file number to <a href="mailto:auslaenderbehoerde@musterstadt.example">auslaenderbehoerde@musterstadt.example</a>. You can cancel an appointment using the link in your confirmation e-mail. If you speak little German, you may bring a person to interpret for you.</p>
<h3>Contact</h3>
""" + _CARD),
        "ar": ("المواعيد", "المواعيد وأوقات الدوام", """
<p dir="rtl">تحجز المواعيد لدى دائرة الأجانب (<span class="notranslate" translate="no" dir="ltr">Ausländerbehörde</span>) عبر الإنترنت على <a href="https://termine.musterstadt.example">termine.musterstadt.example</a>. إذا لم يكن لديك حاسوب، تساعدك استشارات الهجرة أو مكتب خدمة المواطنين.</p>
<p dir="rtl">تُتاح مواعيد جديدة كل يوم اثنين ابتداءً من الساعة 7:00 للأسابيع الأربعة التالية. يُرجى حجز موعد واحد فقط لكل شخص. يمكن للعائلات حجز موعد مشترك، وفي هذه الحالة اذكر عدد الأشخاص الذين يشملهم الموعد.</p>
<h2>أوقات الدوام</h2>
<table dir="rtl">
<tbody>
<tr><td>الاثنين</td><td>8:00–12:00</td></tr>
<tr><td>الثلاثاء</td><td>8:00–12:00 و14:00–17:30</td></tr>
<tr><td>الأربعاء</td><td>مغلق</td></tr>
<tr><td>الخميس</td><td>8:00–12:00 و14:00–18:00</td></tr>
<tr><td>الجمعة</td><td>8:00–12:00</td></tr>
</tbody>
</table>
<p dir="rtl">تكون دائرة الأجانب مغلقة في أيام العطل الرسمية. من 24 ديسمبر/كانون الأول حتى 1 يناير/كانون الثاني لا تُمنح إلا مواعيد للحالات العاجلة.</p>
<p dir="rtl">يُرجى إحضار جواز سفرك وتصريح إقامتك الحالي وجميع رسائل دائرة الأجانب إلى كل موعد.</p>
<p dir="rtl">يُرجى الحضور في الوقت المحدد. من يتأخر أكثر من 10 دقائق عليه حجز موعد جديد.</p>
<h2>دون موعد – في الحالات العاجلة فقط</h2>
<ul dir="rtl">
<li>تنتهي صلاحية تصريح إقامتك خلال الأيام الـ 14 القادمة ولم تتمكن من الحصول على موعد.</li>
<li>سُرق جواز سفرك أو تصريح إقامتك أو ضاع.</li>
<li>حصلت على وعد مؤكد بوظيفة وتحتاج بسرعة إلى إذن بالعمل.</li>
</ul>
<p dir="rtl">في هذه الحالات أرسل بريداً إلكترونياً يتضمن اسمك وتاريخ ميلادك ورقم ملفك إلى <a href="mailto:auslaenderbehoerde@musterstadt.example">auslaenderbehoerde@musterstadt.example</a>. يمكنك إلغاء الموعد عبر الرابط الموجود في رسالة التأكيد. إذا كنت تتحدث الألمانية قليلاً، يحق لك اصطحاب شخص للترجمة.</p>
<h3>التواصل</h3>
""" + _CARD),
        "fa": ("وقت-ملاقات", "وقت‌ها و ساعات کاری", """
<p dir="rtl">وقت ملاقات در اداره اتباع خارجی (<span class="notranslate" translate="no" dir="ltr">Ausländerbehörde</span>) را به‌صورت آنلاین در <a href="https://termine.musterstadt.example">termine.musterstadt.example</a> رزرو می‌کنید. اگر رایانه ندارید، مشاوره مهاجرت یا دفتر خدمات شهروندی به شما کمک می‌کند.</p>
<h2>ساعات کاری</h2>
<table dir="rtl">
<tbody>
<tr><td>دوشنبه</td><td>۸:۰۰ تا ۱۲:۰۰</td></tr>
<tr><td>سه‌شنبه</td><td>۸:۰۰ تا ۱۲:۰۰ و ۱۴:۰۰ تا ۱۷:۳۰</td></tr>
<tr><td>چهارشنبه</td><td>تعطیل</td></tr>
<tr><td>پنجشنبه</td><td>۸:۰۰ تا ۱۲:۰۰ و ۱۴:۰۰ تا ۱۸:۰۰</td></tr>
<tr><td>جمعه</td><td>۸:۰۰ تا ۱۲:۰۰</td></tr>
</tbody>
</table>
<p dir="rtl">لطفاً در هر نوبت، گذرنامه، اجازه اقامت فعلی و همه نامه‌های اداره اتباع خارجی را همراه داشته باشید.</p>
<h3>تماس</h3>
""" + _CARD),
        "uk": ("запис-на-прийом", "Запис на прийом і години роботи", """
<p>Записатися на прийом до відомства у справах іноземців можна онлайн на сайті <a href="https://termine.musterstadt.example">termine.musterstadt.example</a>. Якщо у вас немає комп'ютера, вам допоможе міграційна консультація або бюро обслуговування громадян.</p>
<p>Нові вільні дати відкривають щопонеділка о 7:00 на наступні чотири тижні. Будь ласка, бронюйте лише один прийом на одну особу. Для сім'ї можна забронювати спільний прийом — тоді вкажіть, для скількох осіб він призначений.</p>
<h2>Години роботи</h2>
<table>
<tbody>
<tr><td>Понеділок</td><td>8:00–12:00</td></tr>
<tr><td>Вівторок</td><td>8:00–12:00 і 14:00–17:30</td></tr>
<tr><td>Середа</td><td>зачинено</td></tr>
<tr><td>Четвер</td><td>8:00–12:00 і 14:00–18:00</td></tr>
<tr><td>П'ятниця</td><td>8:00–12:00</td></tr>
</tbody>
</table>
<p>У святкові дні відомство у справах іноземців зачинене. З 24 грудня до 1 січня прийом ведеться лише в невідкладних випадках.</p>
<p>Будь ласка, беріть на кожен прийом паспорт, чинну посвідку на проживання та всі листи від відомства у справах іноземців.</p>
<p>Будь ласка, приходьте вчасно. Якщо ви запізнитеся більш ніж на 10 хвилин, доведеться записатися на новий прийом.</p>
<h2>Без запису — лише в невідкладних випадках</h2>
<ul>
<li>Строк дії вашої посвідки на проживання спливає протягом найближчих 14 днів, а записатися на прийом ви не змогли.</li>
<li>Ваш паспорт або посвідку на проживання вкрали чи ви їх загубили.</li>
<li>Вам точно пропонують роботу, і вам терміново потрібен дозвіл на працевлаштування.</li>
</ul>
<p>У таких випадках напишіть електронного листа з іменем, датою народження та номером справи на адресу <a href="mailto:auslaenderbehoerde@musterstadt.example">auslaenderbehoerde@musterstadt.example</a>. Скасувати прийом можна за посиланням у листі-підтвердженні. Якщо ви слабо володієте німецькою, можете взяти із собою людину, яка перекладатиме.</p>
<h3>Контакти</h3>
""" + _CARD),
    },
    {
        "key": "aufenthaltstitel",
        "id": 1313,
        "parent": "auslaenderbehoerde",
        "icon": None,
        "updated": "2025-04-28 16:20:11.476",
        "outdated": ("en",),
        # The German as it was when the English was last brought up to date (the demo's earlier pull).
        "source_before": """
<p>Ihr Aufenthaltstitel ist nur bis zu einem bestimmten Datum gültig. Beantragen Sie die Verlängerung <strong>rechtzeitig</strong>, am besten 8 bis 10 Wochen bevor er abläuft.</p>
<h2>Diese Unterlagen brauchen Sie</h2>
<ul>
<li>gültiger Pass</li>
<li>ein aktuelles biometrisches Passfoto</li>
<li>Ihr aktueller Aufenthaltstitel</li>
<li>Nachweise über Ihr Einkommen:
<ul>
<li>Arbeitsvertrag und die letzten drei Lohnabrechnungen, oder</li>
<li>Bescheid vom Jobcenter</li>
</ul>
</li>
<li>Mietvertrag</li>
<li>Nachweis über Ihre Krankenversicherung</li>
</ul>
<p>Die Gebühr beträgt je nach Aufenthaltstitel zwischen 93 und 98 Euro. Sie bezahlen mit Karte oder bar.</p>
<h2>Was passiert, wenn mein Termin zu spät ist?</h2>
<p>Wenn Sie den Antrag rechtzeitig gestellt haben, bleibt Ihr Aufenthalt erlaubt. Sie bekommen eine <a href="page:fiktionsbescheinigung">Fiktionsbescheinigung</a>.</p>
""",
        "de": ("aufenthaltstitel-verlaengern", "Aufenthaltstitel verlängern", """
<p>Ihr Aufenthaltstitel ist nur bis zu einem bestimmten Datum gültig. Beantragen Sie die Verlängerung <strong>rechtzeitig</strong>, am besten 8 bis 10 Wochen bevor er abläuft.</p>
<p>Seit dem 1. April 2025 können Sie den Antrag auch online über das Serviceportal der Stadt stellen.</p>
<h2>So läuft es ab</h2>
<ol>
<li>Sie stellen den Antrag online oder buchen einen <a href="page:termine">Termin</a>.</li>
<li>Beim Termin prüfen wir Ihre Unterlagen und nehmen Ihre Fingerabdrücke.</li>
<li>Der neue Aufenthaltstitel ist eine Karte im Scheckkartenformat (eAT). Die Bundesdruckerei stellt sie her. Das dauert ca. 4 bis 6 Wochen.</li>
<li>Sie bekommen per Post einen Brief mit Ihrer PIN. Danach holen Sie die Karte persönlich bei uns ab.</li>
</ol>
<h2>Diese Unterlagen brauchen Sie</h2>
<ul>
<li>gültiger Pass</li>
<li>ein aktuelles biometrisches Passfoto</li>
<li>Ihr aktueller Aufenthaltstitel</li>
<li>Nachweise über Ihr Einkommen:
<ul>
<li>Arbeitsvertrag und die letzten drei Lohnabrechnungen, oder</li>
<li>Bescheid vom Jobcenter</li>
</ul>
</li>
<li>Mietvertrag</li>
<li>Nachweis über Ihre Krankenversicherung</li>
</ul>
<p>Die Gebühr beträgt je nach Aufenthaltstitel zwischen 93 und 98 Euro. Sie bezahlen mit Karte oder bar.</p>
<p>Wenn Sie Bürgergeld oder Leistungen nach dem Asylbewerberleistungsgesetz bekommen, kann die Gebühr ermäßigt werden. Bringen Sie dann Ihren aktuellen Bescheid mit.</p>
<h2>Was passiert, wenn mein Termin zu spät ist?</h2>
<p>Wenn Sie den Antrag rechtzeitig gestellt haben, bleibt Ihr Aufenthalt erlaubt. Sie bekommen eine <a href="page:fiktionsbescheinigung">Fiktionsbescheinigung</a>.</p>
"""),
        "en": ("extending-a-residence-permit", "Extending a residence permit", """
<p>Your residence permit is only valid until a certain date. Apply for the extension <strong>in good time</strong>, ideally 8 to 10 weeks before it expires.</p>
<h2>Documents you need</h2>
<ul>
<li>valid passport</li>
<li>a recent biometric passport photo</li>
<li>your current residence permit</li>
<li>proof of your income:
<ul>
<li>employment contract and your last three payslips, or</li>
<li>decision letter from the Jobcenter</li>
</ul>
</li>
<li>rental contract</li>
<li>proof of your health insurance</li>
</ul>
<p>The fee is between 93 and 98 euros, depending on the residence permit. You pay by card or in cash.</p>
<h2>What happens if my appointment is too late?</h2>
<p>If you applied in good time, your stay remains lawful. You receive a <a href="page:fiktionsbescheinigung">certificate of provisional residence</a> (<span class="notranslate" translate="no" dir="ltr">Fiktionsbescheinigung</span>).</p>
"""),
        "ar": ("تمديد-تصريح-الإقامة", "تمديد تصريح الإقامة", """
<p dir="rtl">تصريح إقامتك صالح حتى تاريخ معيّن فقط. قدّم طلب التمديد <strong>في الوقت المناسب</strong>، ويُفضّل قبل انتهاء صلاحيته بـ 8 إلى 10 أسابيع.</p>
<p dir="rtl">منذ 1 أبريل/نيسان 2025 يمكنك تقديم الطلب أيضاً عبر الإنترنت من خلال بوابة خدمات المدينة.</p>
<h2>كيف تجري المعاملة؟</h2>
<ol dir="rtl">
<li>تقدّم الطلب عبر الإنترنت أو تحجز <a href="page:termine">موعداً</a>.</li>
<li>في الموعد نتحقق من مستنداتك ونأخذ بصمات أصابعك.</li>
<li>تصريح الإقامة الجديد بطاقة بحجم البطاقة المصرفية (<span class="notranslate" translate="no" dir="ltr">eAT</span>). تصنعها المطبعة الاتحادية (<span class="notranslate" translate="no" dir="ltr">Bundesdruckerei</span>)، ويستغرق ذلك نحو 4 إلى 6 أسابيع.</li>
<li>تصلك بالبريد رسالة تتضمن الرقم السري (PIN). بعد ذلك تستلم البطاقة شخصياً من عندنا.</li>
</ol>
<h2>المستندات المطلوبة</h2>
<ul dir="rtl">
<li>جواز سفر ساري المفعول</li>
<li>صورة شخصية بيومترية حديثة</li>
<li>تصريح إقامتك الحالي</li>
<li>إثباتات دخلك:
<ul>
<li>عقد العمل وآخر ثلاث قسائم رواتب، أو</li>
<li>قرار مركز العمل (<span class="notranslate" translate="no" dir="ltr">Jobcenter</span>)</li>
</ul>
</li>
<li>عقد الإيجار</li>
<li>إثبات التأمين الصحي</li>
</ul>
<p dir="rtl">تتراوح الرسوم بين 93 و98 يورو حسب نوع تصريح الإقامة. تدفع بالبطاقة أو نقداً.</p>
<p dir="rtl">إذا كنت تحصل على إعانة المواطن أو على إعانات بموجب قانون إعانات طالبي اللجوء، فيمكن تخفيض الرسوم. أحضر في هذه الحالة قرار الإعانة الحالي.</p>
<h2>ماذا يحدث إذا كان موعدي متأخراً؟</h2>
<p dir="rtl">إذا قدّمت الطلب في الوقت المناسب، تبقى إقامتك قانونية. تحصل على <a href="page:fiktionsbescheinigung">شهادة الإقامة المؤقتة</a> (<span class="notranslate" translate="no" dir="ltr">Fiktionsbescheinigung</span>).</p>
"""),
        "fa": ("تمدید-اجازه-اقامت", "تمدید اجازه اقامت", """
<p dir="rtl">اجازه اقامت شما فقط تا تاریخ مشخصی اعتبار دارد. درخواست تمدید را <strong>به‌موقع</strong> ثبت کنید، بهتر است ۸ تا ۱۰ هفته پیش از پایان اعتبار آن.</p>
<p dir="rtl">از ۱ آوریل ۲۰۲۵ می‌توانید درخواست را به‌صورت آنلاین هم از طریق درگاه خدمات شهر ثبت کنید.</p>
<h2>روند کار چگونه است؟</h2>
<ol dir="rtl">
<li>درخواست را آنلاین ثبت می‌کنید یا یک <a href="page:termine">وقت ملاقات</a> رزرو می‌کنید.</li>
<li>در وقت ملاقات مدارک شما را بررسی می‌کنیم و اثر انگشت شما را می‌گیریم.</li>
<li>اجازه اقامت جدید یک کارت به اندازه کارت بانکی است (<span class="notranslate" translate="no" dir="ltr">eAT</span>). چاپخانه فدرال (<span class="notranslate" translate="no" dir="ltr">Bundesdruckerei</span>) آن را تولید می‌کند. این کار حدود ۴ تا ۶ هفته طول می‌کشد.</li>
<li>نامه‌ای با رمز (PIN) با پست برایتان می‌آید. پس از آن کارت را شخصاً از ما تحویل می‌گیرید.</li>
</ol>
<h2>مدارک لازم</h2>
<ul dir="rtl">
<li>گذرنامه معتبر</li>
<li>یک عکس بیومتریک جدید</li>
<li>اجازه اقامت فعلی</li>
<li>مدارک درآمد:
<ul>
<li>قرارداد کار و سه فیش حقوقی آخر، یا</li>
<li>نامه تصمیم اداره کار (<span class="notranslate" translate="no" dir="ltr">Jobcenter</span>)</li>
</ul>
</li>
<li>قرارداد اجاره</li>
<li>مدرک بیمه درمانی</li>
</ul>
<p dir="rtl">هزینه بسته به نوع اجازه اقامت بین ۹۳ تا ۹۸ یورو است. می‌توانید با کارت یا نقدی پرداخت کنید.</p>
<p dir="rtl">اگر کمک‌هزینه شهروندی یا کمک‌هزینه بر اساس قانون کمک به پناه‌جویان دریافت می‌کنید، ممکن است هزینه کاهش یابد. در این صورت آخرین نامه تصمیم خود را همراه بیاورید.</p>
<h2>اگر وقت ملاقاتم دیر باشد چه می‌شود؟</h2>
<p dir="rtl">اگر درخواست را به‌موقع ثبت کرده باشید، اقامت شما قانونی باقی می‌ماند. یک <a href="page:fiktionsbescheinigung">گواهی اقامت موقت</a> (<span class="notranslate" translate="no" dir="ltr">Fiktionsbescheinigung</span>) دریافت می‌کنید.</p>
"""),
        "uk": ("продовження-посвідки", "Продовження посвідки на проживання", """
<p>Ваша посвідка на проживання дійсна лише до певної дати. Подавайте заяву на продовження <strong>вчасно</strong>, найкраще за 8–10 тижнів до закінчення її строку.</p>
<p>З 1 квітня 2025 року заяву можна подати й онлайн через сервісний портал міста.</p>
<h2>Як це відбувається</h2>
<ol>
<li>Ви подаєте заяву онлайн або записуєтеся на <a href="page:termine">прийом</a>.</li>
<li>На прийомі ми перевіряємо ваші документи та знімаємо відбитки пальців.</li>
<li>Нова посвідка на проживання — це картка розміром з банківську (<span class="notranslate" translate="no" dir="ltr">eAT</span>). Її виготовляє Федеральна друкарня (<span class="notranslate" translate="no" dir="ltr">Bundesdruckerei</span>). Це триває приблизно 4–6 тижнів.</li>
<li>Поштою ви отримаєте лист із PIN-кодом. Після цього особисто заберете картку в нас.</li>
</ol>
<h2>Потрібні документи</h2>
<ul>
<li>дійсний паспорт</li>
<li>актуальне біометричне фото</li>
<li>ваша чинна посвідка на проживання</li>
<li>підтвердження доходу:
<ul>
<li>трудовий договір і три останні розрахункові листи, або</li>
<li>рішення джобцентру (<span class="notranslate" translate="no" dir="ltr">Jobcenter</span>)</li>
</ul>
</li>
<li>договір оренди</li>
<li>підтвердження медичного страхування</li>
</ul>
<p>Збір становить від 93 до 98 євро залежно від виду посвідки. Оплатити можна карткою або готівкою.</p>
<p>Якщо ви отримуєте громадянську допомогу (<span class="notranslate" translate="no" dir="ltr">Bürgergeld</span>) або допомогу за Законом про допомогу шукачам притулку, збір можуть зменшити. У такому разі візьміть із собою чинне рішення про призначення допомоги.</p>
<h2>Що робити, якщо прийом призначено надто пізно?</h2>
<p>Якщо ви подали заяву вчасно, ваше перебування залишається законним. Ви отримаєте <a href="page:fiktionsbescheinigung">тимчасове посвідчення</a> (<span class="notranslate" translate="no" dir="ltr">Fiktionsbescheinigung</span>).</p>
"""),
    },
    {
        "key": "fiktionsbescheinigung",
        "id": 1314,
        "parent": "aufenthaltstitel",
        "icon": None,
        "updated": "2025-04-28 16:41:57.002",
        "de": ("fiktionsbescheinigung", "Fiktionsbescheinigung", """
<p>Die Fiktionsbescheinigung ist ein Papier der Ausländerbehörde. Es zeigt, dass Sie eine Verlängerung oder einen neuen Aufenthaltstitel beantragt haben und dass die Behörde noch nicht entschieden hat.</p>
<p>Solange die Fiktionsbescheinigung gültig ist, gilt Ihr bisheriger Aufenthaltstitel weiter. Sie dürfen also zum Beispiel weiter arbeiten, wenn Sie das vorher auch durften.</p>
<p>Sie bekommen die Fiktionsbescheinigung beim Termin oder per Post. Haben Sie den Antrag online gestellt? Dann kann bis dahin die Eingangsbestätigung per E-Mail als vorläufiger Nachweis dienen. Drucken Sie sie aus und tragen Sie sie zusammen mit Ihrem Pass bei sich.</p>
<h2>Wichtig</h2>
<ul>
<li>Die Fiktionsbescheinigung gilt meistens drei oder sechs Monate. Beantragen Sie rechtzeitig eine Verlängerung, wenn noch keine Entscheidung da ist.</li>
<li>Zeigen Sie die Fiktionsbescheinigung bei Ihrem Arbeitgeber, beim Jobcenter und bei der Familienkasse vor.</li>
<li>Reisen ins Ausland können problematisch sein. Fragen Sie vorher bei der Ausländerbehörde nach.</li>
</ul>
<p>Die Gebühr beträgt 13 Euro.</p>
<p>Ihre Fiktionsbescheinigung läuft bald ab? Schreiben Sie uns spätestens zwei Wochen vorher an <a href="mailto:auslaenderbehoerde@musterstadt.example">auslaenderbehoerde@musterstadt.example</a> oder rufen Sie an: <a href="tel:+498999998210">089 99998-210</a>. Geben Sie immer Ihr Aktenzeichen an.</p>
<p>Haben Sie den Antrag erst <em>nach</em> dem Ablauf Ihres Aufenthaltstitels gestellt? Dann bekommen Sie oft keine Fiktionsbescheinigung. Lassen Sie sich in diesem Fall sofort <a href="page:asylberatung">rechtlich beraten</a>.</p>
"""),
    },
    {
        "key": "einbuergerung",
        "id": 1315,
        "parent": "auslaenderbehoerde",
        "icon": None,
        "updated": "2024-12-02 09:18:26.660",
        "de": ("einbuergerung", "Einbürgerung", """
<p>Mit der Einbürgerung werden Sie deutsche Staatsbürgerin oder deutscher Staatsbürger. Sie dürfen dann wählen und bekommen einen deutschen Pass. Seit Juni 2024 dürfen Sie Ihre bisherige Staatsangehörigkeit in der Regel behalten.</p>
<h2>Voraussetzungen</h2>
<ul>
<li>Sie leben seit mindestens <strong>5 Jahren</strong> rechtmäßig in Deutschland.</li>
<li>Sie sprechen Deutsch auf dem Niveau <strong>B1</strong>.</li>
<li>Sie haben den <em>Einbürgerungstest</em> bestanden oder einen deutschen Schulabschluss.</li>
<li>Sie können Ihren Lebensunterhalt für sich und Ihre Familie selbst bezahlen.</li>
<li>Sie sind nicht wegen einer schweren Straftat verurteilt.</li>
<li>Sie bekennen sich zur freiheitlichen demokratischen Grundordnung.</li>
</ul>
<h2>Der Einbürgerungstest</h2>
<p>Der Test hat 33 Fragen zu Politik, Geschichte und Gesellschaft in Deutschland. Sie bestehen mit mindestens 17 richtigen Antworten. Sie melden sich bei der VHS Musterstadt an, der Test kostet 25 Euro. Alle Fragen können Sie vorher im Online-Testcenter des BAMF üben.</p>
<h2>Kosten</h2>
<p>Die Einbürgerung kostet 255 Euro für Erwachsene. Für Kinder unter 16 Jahren, die mit ihren Eltern eingebürgert werden, kostet sie 51 Euro.</p>
<p>Vereinbaren Sie zuerst ein Beratungsgespräch bei der Einbürgerungsstelle. Dort prüfen wir Ihre Unterlagen und sagen Ihnen, was noch fehlt.</p>
<h2>Diese Unterlagen brauchen Sie</h2>
<ul>
<li>Antragsformular, Pass und Aufenthaltstitel</li>
<li>Geburtsurkunde, ggf. Heiratsurkunde – mit beglaubigter Übersetzung</li>
<li>Sprachzertifikat B1 und Nachweis über den Einbürgerungstest</li>
<li>Nachweise über Ihr Einkommen der letzten sechs Monate</li>
</ul>
<p>Die Bearbeitung dauert derzeit ca. 9 bis 12 Monate. Zum Schluss bekommen Sie die Einbürgerungsurkunde. Danach beantragen Sie im Bürgerbüro Ihren Personalausweis und Ihren Reisepass.</p>
"""),
        "en": ("naturalisation", "Naturalisation", """
<p>Through naturalisation you become a German citizen. You can then vote and get a German passport. Since June 2024 you can usually keep your previous citizenship.</p>
<h2>Requirements</h2>
<ul>
<li>You have been living lawfully in Germany for at least <strong>5 years</strong>.</li>
<li>You speak German at level <strong>B1</strong>.</li>
<li>You have passed the <em>naturalisation test</em> (<span class="notranslate" translate="no" dir="ltr">Einbürgerungstest</span>) or have a German school-leaving certificate.</li>
<li>You can pay for your own living costs and those of your family.</li>
<li>You have not been convicted of a serious crime.</li>
<li>You commit yourself to the free democratic basic order.</li>
</ul>
<h2>The naturalisation test</h2>
<p>The test has 33 questions about politics, history and society in Germany. You pass with at least 17 correct answers. You register at the VHS Musterstadt; the test costs 25 euros. You can practise all the questions beforehand in the BAMF's online test centre.</p>
<h2>Costs</h2>
<p>Naturalisation costs 255 euros for adults. For children under 16 who are naturalised together with their parents, it costs 51 euros.</p>
<p>First make an appointment for a counselling interview at the naturalisation office. There we check your documents and tell you what is still missing.</p>
<h2>Documents you need</h2>
<ul>
<li>application form, passport and residence permit</li>
<li>birth certificate and, if applicable, marriage certificate – with a certified translation</li>
<li>B1 language certificate and proof of the naturalisation test</li>
<li>proof of your income for the last six months</li>
</ul>
<p>Processing currently takes about 9 to 12 months. At the end you receive the naturalisation certificate (<span class="notranslate" translate="no" dir="ltr">Einbürgerungsurkunde</span>). After that, you apply for your identity card and your passport at the citizens' office.</p>
"""),
    },
    {
        "key": "wohnsitzauflage",
        "id": 1316,
        "parent": "auslaenderbehoerde",
        "icon": None,
        "updated": "2025-01-13 14:55:09.381",
        "de": ("wohnsitzauflage", "Wohnsitzauflage", """
<p>Wenn Sie als Flüchtling anerkannt sind oder subsidiären Schutz haben, müssen Sie oft in den ersten <strong>drei Jahren</strong> in einem bestimmten Bundesland oder einem bestimmten Ort wohnen. Das nennt man Wohnsitzauflage. Sie steht in Ihrem Aufenthaltstitel.</p>
<h2>Wann wird die Wohnsitzauflage aufgehoben?</h2>
<p>Sie können einen Antrag auf Aufhebung stellen, wenn Sie oder Ihre Familie an einem anderen Ort:</p>
<ul>
<li>eine Arbeit mit mindestens 15 Stunden pro Woche und ausreichendem Einkommen haben,</li>
<li>eine Berufsausbildung oder ein Studium beginnen,</li>
<li>einen Integrationskurs oder Berufssprachkurs besuchen, der hier nicht angeboten wird.</li>
</ul>
<p>Auch wenn Ihr Ehepartner oder Ihre minderjährigen Kinder an einem anderen Ort wohnen, kann die Auflage aufgehoben werden.</p>
<h2>So stellen Sie den Antrag</h2>
<p>Stellen Sie den Antrag auf Aufhebung schriftlich bei der Ausländerbehörde Musterstadt. Legen Sie Nachweise bei, z. B. den Arbeitsvertrag, die Zusage des Ausbildungsbetriebs oder die Anmeldung zum Sprachkurs. Die Ausländerbehörde am neuen Wohnort muss zustimmen. Das dauert oft zwei bis vier Wochen.</p>
<p><strong>Wichtig:</strong> Ziehen Sie erst um, wenn Sie die schriftliche Zustimmung der Ausländerbehörde haben. Sonst kann das Jobcenter am neuen Ort die Leistungen ablehnen.</p>
<p>Die Wohnsitzauflage endet in der Regel drei Jahre nach Ihrer Anerkennung oder nach der ersten Erteilung Ihres Aufenthaltstitels. Sie gilt nicht, wenn Sie selbst oder Ihr Ehepartner eine Arbeit mit ausreichendem Einkommen haben.</p>
"""),
        "en": ("residence-obligation", "Residence obligation", """
<p>If you are recognised as a refugee or have subsidiary protection, you often have to live in a particular federal state or a particular place for the first <strong>three years</strong>. This is called the residence obligation (<span class="notranslate" translate="no" dir="ltr">Wohnsitzauflage</span>). It is written in your residence permit.</p>
<h2>When is the residence obligation lifted?</h2>
<p>You can apply for it to be lifted if you or your family, in another place:</p>
<ul>
<li>have a job of at least 15 hours per week with sufficient income,</li>
<li>start vocational training or university studies,</li>
<li>attend an integration course or job-related language course that is not offered here.</li>
</ul>
<p>The obligation can also be lifted if your spouse or your under-age children live in another place.</p>
<h2>How to apply</h2>
<p>Apply in writing to the Musterstadt foreigners' authority to have the obligation lifted. Enclose proof, for example your employment contract, the confirmation from your training company or your registration for the language course. The foreigners' authority at your new place of residence must agree. This often takes two to four weeks.</p>
<p><strong>Important:</strong> Only move once you have the written consent of the foreigners' authority. Otherwise the Jobcenter in your new place may refuse to pay benefits.</p>
<p>The residence obligation usually ends three years after your recognition or after your residence permit was first issued. It does not apply if you or your spouse have a job with sufficient income.</p>
"""),
        "ar": ("إلزام-السكن", "إلزام السكن", """
<p dir="rtl">إذا كنت معترفاً بك كلاجئ أو لديك حماية فرعية، فغالباً يجب عليك أن تسكن في ولاية معيّنة أو مكان معيّن خلال <strong>السنوات الثلاث</strong> الأولى. يُسمّى ذلك إلزام السكن (<span class="notranslate" translate="no" dir="ltr">Wohnsitzauflage</span>)، وهو مكتوب في تصريح إقامتك.</p>
<h2>متى يُلغى إلزام السكن؟</h2>
<p dir="rtl">يمكنك تقديم طلب لإلغائه إذا كان لديك أنت أو عائلتك في مكان آخر:</p>
<ul dir="rtl">
<li>عمل لا يقل عن 15 ساعة أسبوعياً بدخل كافٍ،</li>
<li>بداية تدريب مهني أو دراسة جامعية،</li>
<li>دورة اندماج أو دورة لغة مهنية غير متوفرة هنا.</li>
</ul>
<p dir="rtl">يمكن أيضاً إلغاء الإلزام إذا كان زوجك أو زوجتك أو أطفالك القاصرون يسكنون في مكان آخر.</p>
<h2>كيف تقدّم الطلب؟</h2>
<p dir="rtl">قدّم طلب الإلغاء كتابياً لدى دائرة الأجانب في موسترشتات. أرفق الإثباتات، مثل عقد العمل أو موافقة منشأة التدريب أو التسجيل في دورة اللغة. يجب أن توافق دائرة الأجانب في مكان السكن الجديد. يستغرق ذلك غالباً من أسبوعين إلى أربعة أسابيع.</p>
<p dir="rtl"><strong>مهم:</strong> لا تنتقل إلا بعد حصولك على موافقة خطية من دائرة الأجانب. وإلا فقد يرفض مركز العمل في المكان الجديد دفع الإعانات.</p>
<p dir="rtl">ينتهي إلزام السكن عادةً بعد ثلاث سنوات من الاعتراف بك أو من أول إصدار لتصريح إقامتك. ولا يسري إذا كان لديك أنت أو لدى زوجك أو زوجتك عمل بدخل كافٍ.</p>
"""),
        "fa": ("الزام-محل-سکونت", "الزام محل سکونت", """
<p dir="rtl">اگر به‌عنوان پناهنده شناخته شده‌اید یا حمایت تکمیلی دارید، اغلب باید در <strong>سه سال</strong> نخست در یک ایالت یا یک محل مشخص زندگی کنید. به این الزام محل سکونت (<span class="notranslate" translate="no" dir="ltr">Wohnsitzauflage</span>) می‌گویند. این الزام در اجازه اقامت شما نوشته شده است.</p>
<h2>چه زمانی الزام محل سکونت لغو می‌شود؟</h2>
<p dir="rtl">اگر شما یا خانواده‌تان در محل دیگری یکی از این موارد را داشته باشید، می‌توانید درخواست لغو بدهید:</p>
<ul dir="rtl">
<li>کاری با دست‌کم ۱۵ ساعت در هفته و درآمد کافی،</li>
<li>شروع آموزش حرفه‌ای یا تحصیل دانشگاهی،</li>
<li>شرکت در دوره ادغام یا دوره زبان شغلی که اینجا ارائه نمی‌شود.</li>
</ul>
<p dir="rtl">اگر همسر یا فرزندان زیر سن قانونی شما در محل دیگری زندگی کنند نیز الزام ممکن است لغو شود.</p>
<h2>چگونه درخواست بدهید</h2>
<p dir="rtl">درخواست لغو را به‌صورت کتبی به اداره اتباع خارجی موسترشتات بدهید. مدارک لازم را پیوست کنید، مثلاً قرارداد کار، پذیرش محل کارآموزی یا ثبت‌نام در دوره زبان. اداره اتباع خارجی محل سکونت جدید هم باید موافقت کند. این کار اغلب دو تا چهار هفته طول می‌کشد.</p>
<p dir="rtl"><strong>مهم:</strong> فقط وقتی اسباب‌کشی کنید که موافقت کتبی اداره اتباع خارجی را گرفته باشید. در غیر این صورت ممکن است اداره کار در محل جدید پرداخت کمک‌هزینه را رد کند.</p>
<p dir="rtl">الزام محل سکونت معمولاً سه سال پس از شناسایی شما به‌عنوان پناهنده یا پس از نخستین صدور اجازه اقامت به پایان می‌رسد. اگر شما یا همسرتان کاری با درآمد کافی داشته باشید، این الزام اعمال نمی‌شود.</p>
"""),
    },
]
