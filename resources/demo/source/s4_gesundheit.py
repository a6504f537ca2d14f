"""Demo pages: Gesundheit (format: see ``s1_sprache.py``)."""

from __future__ import annotations

PAGES = [
    {
        "key": "gesundheit",
        "id": 1331,
        "parent": None,
        "icon": "icon-gesundheit.png",
        "updated": "2024-11-11 08:44:19.052",
        "de": ("gesundheit", "Gesundheit", """
<p>In Deutschland brauchen alle Menschen eine Krankenversicherung. Sie bezahlt Arztbesuche, Medikamente und Behandlungen im Krankenhaus.</p>
<p>Auf diesen Seiten erfahren Sie, wie Sie sich versichern, wie Sie einen Arzt finden und was Sie im Notfall tun.</p>
<ul>
<li><a href="page:krankenversicherung">Krankenversicherung</a></li>
<li><a href="page:aerzte">Ärzte finden</a></li>
<li><a href="page:notfall-medizin">Notfall: 112 und 116117</a></li>
<li><a href="page:schwangerschaft">Schwangerschaft</a></li>
</ul>
"""),
        "en": ("health", "Health", """
<p>In Germany everyone needs health insurance. It pays for visits to the doctor, medicines and treatment in hospital.</p>
<p>On these pages you will learn how to get insured, how to find a doctor and what to do in an emergency.</p>
<ul>
<li><a href="page:krankenversicherung">Health insurance</a></li>
<li><a href="page:aerzte">Finding a doctor</a></li>
<li><a href="page:notfall-medizin">Emergencies: 112 and 116117</a></li>
<li><a href="page:schwangerschaft">Pregnancy</a></li>
</ul>
"""),
        "ar": ("الصحة", "الصحة", """
<p dir="rtl">في ألمانيا يحتاج كل شخص إلى تأمين صحي. يدفع التأمين تكاليف زيارات الطبيب والأدوية والعلاج في المستشفى.</p>
<p dir="rtl">في هذه الصفحات تعرف كيف تحصل على تأمين، وكيف تجد طبيباً، وماذا تفعل في حالة الطوارئ.</p>
<ul dir="rtl">
<li><a href="page:krankenversicherung">التأمين الصحي</a></li>
<li><a href="page:aerzte">العثور على طبيب</a></li>
<li><a href="page:notfall-medizin">الطوارئ: 112 و116117</a></li>
<li><a href="page:schwangerschaft">الحمل</a></li>
</ul>
"""),
        "fa": ("سلامت", "سلامت", """
<p dir="rtl">در آلمان همه به بیمه درمانی نیاز دارند. بیمه هزینه مراجعه به پزشک، دارو و درمان در بیمارستان را می‌پردازد.</p>
<p dir="rtl">در این صفحات می‌خوانید که چگونه بیمه شوید، چگونه پزشک پیدا کنید و در شرایط اضطراری چه کنید.</p>
<ul dir="rtl">
<li><a href="page:krankenversicherung">بیمه درمانی</a></li>
<li><a href="page:aerzte">پیدا کردن پزشک</a></li>
<li><a href="page:notfall-medizin">اورژانس: ۱۱۲ و ۱۱۶۱۱۷</a></li>
<li><a href="page:schwangerschaft">بارداری</a></li>
</ul>
"""),
        "uk": ("здоров-я", "Здоров'я", """
<p>У Німеччині кожному потрібне медичне страхування. Воно оплачує візити до лікаря, ліки та лікування в лікарні.</p>
<p>На цих сторінках ви дізнаєтеся, як оформити страховку, як знайти лікаря і що робити в екстреному випадку.</p>
<ul>
<li><a href="page:krankenversicherung">Медичне страхування</a></li>
<li><a href="page:aerzte">Як знайти лікаря</a></li>
<li><a href="page:notfall-medizin">Екстрена допомога: 112 і 116117</a></li>
<li><a href="page:schwangerschaft">Вагітність</a></li>
</ul>
"""),
    },
    {
        "key": "krankenversicherung",
        "id": 1332,
        "parent": "gesundheit",
        "icon": None,
        "updated": "2025-08-18 09:03:27.441",
        "outdated": ("en",),
        "de": ("krankenversicherung", "Krankenversicherung", """
<p>Die meisten Menschen sind in einer <strong>gesetzlichen Krankenkasse</strong> versichert. Sie können die Krankenkasse frei wählen. Nach der Anmeldung bekommen Sie eine <em>Gesundheitskarte</em>. Zeigen Sie die Karte bei jedem Arztbesuch vor.</p>
<h2>Wer zahlt die Beiträge?</h2>
<ul>
<li>Wenn Sie arbeiten, zahlen Sie und Ihr Arbeitgeber je etwa die Hälfte.</li>
<li>Wenn Sie Bürgergeld bekommen, zahlt das Jobcenter.</li>
<li>Kinder und Ehepartner ohne eigenes Einkommen sind oft kostenlos mitversichert (Familienversicherung).</li>
</ul>
<p>Asylsuchende bekommen in den ersten 36 Monaten Leistungen nach dem Asylbewerberleistungsgesetz. Den Behandlungsschein oder die Gesundheitskarte bekommen Sie dann vom Sozialamt.</p>
<p>Für Medikamente aus der Apotheke zahlen Erwachsene meistens eine Zuzahlung von 5 bis 10 Euro.</p>
"""),
        "en": ("health-insurance", "Health insurance", """
<p>Most people are insured with a <strong>statutory health insurance fund</strong>. You can choose the fund freely. After registering you receive a <em>health card</em> (<span class="notranslate" translate="no" dir="ltr">Gesundheitskarte</span>). Show the card every time you see a doctor.</p>
<h2>Who pays the contributions?</h2>
<ul>
<li>If you work, you and your employer each pay about half.</li>
<li>If you receive citizen's income, the Jobcenter pays.</li>
<li>Children and spouses without their own income are often insured free of charge (family insurance).</li>
</ul>
<p>Asylum seekers receive benefits under the Asylum Seekers' Benefits Act for the first 36 months. You then get the treatment voucher or the health card from the social welfare office.</p>
"""),
        "ar": ("التأمين-الصحي", "التأمين الصحي", """
<p dir="rtl">معظم الناس مؤمَّنون لدى <strong>صندوق تأمين صحي قانوني</strong>. يمكنك اختيار الصندوق بحرية. بعد التسجيل تحصل على <em>البطاقة الصحية</em> (<span class="notranslate" translate="no" dir="ltr">Gesundheitskarte</span>). أظهر البطاقة عند كل زيارة للطبيب.</p>
<h2>من يدفع الاشتراكات؟</h2>
<ul dir="rtl">
<li>إذا كنت تعمل، تدفع أنت وصاحب العمل كلٌّ منكما النصف تقريباً.</li>
<li>إذا كنت تحصل على إعانة المواطن، يدفع مركز العمل.</li>
<li>الأطفال والأزواج الذين ليس لهم دخل خاص مؤمَّنون غالباً مجاناً (التأمين العائلي).</li>
</ul>
<p dir="rtl">يحصل طالبو اللجوء خلال الأشهر الـ 36 الأولى على خدمات بموجب قانون إعانات طالبي اللجوء. وتحصل على قسيمة العلاج أو البطاقة الصحية من مكتب الشؤون الاجتماعية.</p>
<p dir="rtl">يدفع البالغون عادةً مساهمة تتراوح بين 5 و10 يورو عن الأدوية من الصيدلية.</p>
"""),
        "fa": ("بیمه-درمانی", "بیمه درمانی", """
<p dir="rtl">بیشتر مردم در یک <strong>صندوق بیمه درمانی دولتی</strong> بیمه هستند. می‌توانید صندوق را آزادانه انتخاب کنید. پس از ثبت‌نام <em>کارت سلامت</em> (<span class="notranslate" translate="no" dir="ltr">Gesundheitskarte</span>) دریافت می‌کنید. این کارت را در هر مراجعه به پزشک نشان دهید.</p>
<h2>چه کسی حق بیمه را می‌پردازد؟</h2>
<ul dir="rtl">
<li>اگر کار می‌کنید، شما و کارفرما هر کدام تقریباً نیمی از آن را می‌پردازید.</li>
<li>اگر کمک‌هزینه شهروندی می‌گیرید، اداره کار می‌پردازد.</li>
<li>فرزندان و همسرانی که درآمد ندارند، اغلب به‌طور رایگان همراه شما بیمه می‌شوند (بیمه خانوادگی).</li>
</ul>
<p dir="rtl">پناه‌جویان در ۳۶ ماه نخست از خدمات قانون کمک به پناه‌جویان استفاده می‌کنند. برگه درمان یا کارت سلامت را از اداره امور اجتماعی دریافت می‌کنید.</p>
<p dir="rtl">بزرگسالان برای داروهای داروخانه معمولاً ۵ تا ۱۰ یورو سهم خود را می‌پردازند.</p>
"""),
        "uk": ("медичне-страхування", "Медичне страхування", """
<p>Більшість людей застраховані в <strong>державній лікарняній касі</strong>. Касу можна обрати самостійно. Після реєстрації ви отримаєте <em>медичну картку</em> (<span class="notranslate" translate="no" dir="ltr">Gesundheitskarte</span>). Показуйте її під час кожного візиту до лікаря.</p>
<h2>Хто сплачує внески?</h2>
<ul>
<li>Якщо ви працюєте, ви та ваш роботодавець сплачуєте приблизно по половині.</li>
<li>Якщо ви отримуєте громадянську допомогу, платить джобцентр.</li>
<li>Діти та подружжя без власного доходу часто застраховані безкоштовно (сімейне страхування).</li>
</ul>
<p>Шукачі притулку протягом перших 36 місяців отримують допомогу за Законом про допомогу шукачам притулку. Направлення на лікування або медичну картку тоді видає соціальне відомство.</p>
<p>За ліки в аптеці дорослі зазвичай доплачують від 5 до 10 євро.</p>
"""),
    },
    {
        "key": "aerzte",
        "id": 1333,
        "parent": "gesundheit",
        "icon": None,
        "updated": "2025-04-07 13:37:45.016",
        "de": ("aerzte-finden", "Ärzte finden", """
<p>Wenn Sie krank sind, gehen Sie zuerst zu einer <strong>Hausarztpraxis</strong>. Die Hausärztin oder der Hausarzt überweist Sie bei Bedarf an eine Fachärztin oder einen Facharzt, zum Beispiel für Augen, Haut oder Frauenheilkunde.</p>
<h2>So finden Sie eine Praxis</h2>
<ul>
<li>die Arztsuche der Kassenärztlichen Vereinigung: <a href="https://arztsuche.musterstadt.example">arztsuche.musterstadt.example</a> – dort können Sie auch nach Sprachen suchen</li>
<li>die Terminservicestelle unter der Telefonnummer <a href="tel:116117">116117</a></li>
<li>Empfehlungen von Bekannten oder der Migrationsberatung</li>
</ul>
<p>Rufen Sie vorher an und vereinbaren Sie einen Termin. Bringen Sie Ihre Gesundheitskarte und eine Liste Ihrer Medikamente mit.</p>
<p>Sie dürfen eine Person zum Übersetzen mitbringen. Bei manchen Praxen gibt es auch Videodolmetschen.</p>
"""),
        "en": ("finding-a-doctor", "Finding a doctor", """
<p>If you are ill, go to a <strong>general practitioner</strong> (GP) first. If necessary, the GP refers you to a specialist, for example for eyes, skin or gynaecology.</p>
<h2>How to find a practice</h2>
<ul>
<li>the doctor search of the Association of Statutory Health Insurance Physicians: <a href="https://arztsuche.musterstadt.example">arztsuche.musterstadt.example</a> – you can also search by language there</li>
<li>the appointment service on the phone number <a href="tel:116117">116117</a></li>
<li>recommendations from friends or the migration counselling service</li>
</ul>
<p>Call in advance and make an appointment. Bring your health card and a list of your medicines.</p>
<p>You may bring a person to interpret for you. Some practices also offer video interpreting.</p>
"""),
        "ar": ("العثور-على-طبيب", "العثور على طبيب", """
<p dir="rtl">إذا كنت مريضاً، فاذهب أولاً إلى <strong>عيادة طبيب الأسرة</strong> (<span class="notranslate" translate="no" dir="ltr">Hausarzt</span>). يحيلك طبيب الأسرة عند الحاجة إلى طبيب مختص، مثلاً لطب العيون أو الجلد أو أمراض النساء.</p>
<h2>كيف تجد عيادة؟</h2>
<ul dir="rtl">
<li>خدمة البحث عن الأطباء التابعة لرابطة أطباء التأمين الصحي: <a href="https://arztsuche.musterstadt.example">arztsuche.musterstadt.example</a> – يمكنك هناك البحث حسب اللغة أيضاً</li>
<li>مكتب خدمة المواعيد على الرقم <a href="tel:116117">116117</a></li>
<li>توصيات المعارف أو استشارات الهجرة</li>
</ul>
<p dir="rtl">اتصل مسبقاً واحجز موعداً. أحضر بطاقتك الصحية وقائمة بأدويتك.</p>
<p dir="rtl">يحق لك اصطحاب شخص للترجمة. وتوفّر بعض العيادات الترجمة عبر الفيديو.</p>
"""),
        "fa": ("پیدا-کردن-پزشک", "پیدا کردن پزشک", """
<p dir="rtl">وقتی بیمار هستید، اول به <strong>مطب پزشک عمومی</strong> (<span class="notranslate" translate="no" dir="ltr">Hausarzt</span>) بروید. پزشک عمومی در صورت نیاز شما را به پزشک متخصص ارجاع می‌دهد، مثلاً برای چشم، پوست یا زنان.</p>
<h2>چگونه مطب پیدا کنید</h2>
<ul dir="rtl">
<li>جست‌وجوی پزشک انجمن پزشکان بیمه: <a href="https://arztsuche.musterstadt.example">arztsuche.musterstadt.example</a> – آنجا می‌توانید بر اساس زبان هم جست‌وجو کنید</li>
<li>مرکز خدمات نوبت‌دهی با شماره <a href="tel:116117">116117</a></li>
<li>پیشنهاد آشنایان یا مشاوره مهاجرت</li>
</ul>
<p dir="rtl">از قبل تماس بگیرید و وقت بگیرید. کارت سلامت و فهرست داروهایتان را همراه بیاورید.</p>
<p dir="rtl">می‌توانید یک نفر را برای ترجمه همراه خود ببرید. برخی مطب‌ها ترجمه تصویری هم دارند.</p>
"""),
        "uk": ("як-знайти-лікаря", "Як знайти лікаря", """
<p>Якщо ви захворіли, спершу зверніться до <strong>сімейного лікаря</strong> (<span class="notranslate" translate="no" dir="ltr">Hausarzt</span>). За потреби сімейний лікар направить вас до вузького спеціаліста, наприклад офтальмолога, дерматолога або гінеколога.</p>
<h2>Як знайти практику</h2>
<ul>
<li>пошук лікарів Асоціації лікарів лікарняних кас: <a href="https://arztsuche.musterstadt.example">arztsuche.musterstadt.example</a> — там можна шукати й за мовою</li>
<li>служба запису на прийом за номером <a href="tel:116117">116117</a></li>
<li>рекомендації знайомих або міграційної консультації</li>
</ul>
<p>Зателефонуйте заздалегідь і домовтеся про прийом. Візьміть медичну картку та список ліків, які ви приймаєте.</p>
<p>Ви можете взяти із собою людину, яка перекладатиме. У деяких практиках є відеопереклад.</p>
"""),
    },
    {
        "key": "notfall-medizin",
        "id": 1334,
        "parent": "gesundheit",
        "icon": None,
        "updated": "2025-06-30 07:58:03.337",
        "de": ("notfall-112-und-116117", "Notfall: 112 und 116117", """
<h2>🚑 Lebensgefahr: 112</h2>
<p>Rufen Sie die <strong>112</strong> bei Lebensgefahr, zum Beispiel bei Bewusstlosigkeit, starken Schmerzen in der Brust, Atemnot oder schweren Unfällen. Der Anruf ist kostenlos und funktioniert auch ohne Guthaben.</p>
<p>Sagen Sie am Telefon: Wo ist es passiert? Was ist passiert? Wie viele Verletzte gibt es? Warten Sie auf Rückfragen.</p>
<h2>Ärztlicher Bereitschaftsdienst: 116117</h2>
<p>Sie brauchen nachts, am Wochenende oder an Feiertagen einen Arzt, aber es ist kein Notfall? Dann rufen Sie die <a href="tel:116117">116117</a> an. Die Bereitschaftspraxis am Klinikum Musterstadt, Parkstraße 2, ist geöffnet:</p>
<ul>
<li>Montag, Dienstag, Donnerstag: 18:00–22:00 Uhr</li>
<li>Mittwoch und Freitag: 16:00–22:00 Uhr</li>
<li>Samstag, Sonntag, Feiertage: 9:00–21:00 Uhr</li>
</ul>
<p>Die Notaufnahme im Krankenhaus ist nur für echte Notfälle da.</p>
"""),
        "en": ("emergency-112-and-116117", "Emergencies: 112 and 116117", """
<h2>🚑 Danger to life: 112</h2>
<p>Call <strong>112</strong> if someone's life is in danger, for example if a person is unconscious, has severe chest pain, difficulty breathing or after a serious accident. The call is free of charge and also works without credit.</p>
<p>Say on the phone: Where did it happen? What happened? How many people are injured? Wait for questions.</p>
<h2>Out-of-hours medical service: 116117</h2>
<p>Do you need a doctor at night, at the weekend or on a public holiday, but it is not an emergency? Then call <a href="tel:116117">116117</a>. The out-of-hours practice at Klinikum Musterstadt, Parkstraße 2, is open:</p>
<ul>
<li>Monday, Tuesday, Thursday: 6:00 – 10:00 pm</li>
<li>Wednesday and Friday: 4:00 – 10:00 pm</li>
<li>Saturday, Sunday, public holidays: 9:00 am – 9:00 pm</li>
</ul>
<p>The hospital emergency department is only for real emergencies.</p>
"""),
        "ar": ("الطوارئ-112-و116117", "الطوارئ: 112 و116117", """
<h2>🚑 خطر على الحياة: 112</h2>
<p dir="rtl">اتصل بالرقم <strong>112</strong> عند وجود خطر على الحياة، مثلاً عند فقدان الوعي أو ألم شديد في الصدر أو ضيق التنفس أو الحوادث الخطيرة. المكالمة مجانية وتعمل حتى دون رصيد.</p>
<p dir="rtl">قل على الهاتف: أين حدث ذلك؟ ماذا حدث؟ كم عدد المصابين؟ انتظر الأسئلة.</p>
<h2>خدمة الطبيب المناوب: 116117</h2>
<p dir="rtl">هل تحتاج إلى طبيب في الليل أو في عطلة نهاية الأسبوع أو في يوم عطلة رسمية، لكن الحالة ليست طارئة؟ اتصل إذن بالرقم <a href="tel:116117">116117</a>. عيادة المناوبة في <span class="notranslate" translate="no" dir="ltr">Klinikum Musterstadt, Parkstraße 2</span> مفتوحة:</p>
<ul dir="rtl">
<li>الاثنين والثلاثاء والخميس: 18:00–22:00</li>
<li>الأربعاء والجمعة: 16:00–22:00</li>
<li>السبت والأحد والعطل الرسمية: 9:00–21:00</li>
</ul>
<p dir="rtl">قسم الطوارئ في المستشفى مخصّص للحالات الطارئة الحقيقية فقط.</p>
"""),
        "fa": ("اورژانس-112-و-116117", "اورژانس: ۱۱۲ و ۱۱۶۱۱۷", """
<h2>🚑 خطر جانی: 112</h2>
<p dir="rtl">در صورت خطر جانی با <strong>112</strong> تماس بگیرید، مثلاً هنگام بیهوشی، درد شدید قفسه سینه، تنگی نفس یا تصادف‌های جدی. این تماس رایگان است و بدون شارژ هم کار می‌کند.</p>
<p dir="rtl">پشت تلفن بگویید: کجا اتفاق افتاده؟ چه اتفاقی افتاده؟ چند نفر آسیب دیده‌اند؟ منتظر پرسش‌ها بمانید.</p>
<h2>پزشک کشیک: 116117</h2>
<p dir="rtl">شب، آخر هفته یا روز تعطیل به پزشک نیاز دارید، اما وضعیت اضطراری نیست؟ در این صورت با <a href="tel:116117">116117</a> تماس بگیرید. مطب کشیک در <span class="notranslate" translate="no" dir="ltr">Klinikum Musterstadt, Parkstraße 2</span> در این ساعات باز است:</p>
<ul dir="rtl">
<li>دوشنبه، سه‌شنبه، پنجشنبه: ۱۸:۰۰ تا ۲۲:۰۰</li>
<li>چهارشنبه و جمعه: ۱۶:۰۰ تا ۲۲:۰۰</li>
<li>شنبه، یکشنبه و تعطیلات رسمی: ۹:۰۰ تا ۲۱:۰۰</li>
</ul>
<p dir="rtl">بخش اورژانس بیمارستان فقط برای موارد واقعاً اضطراری است.</p>
"""),
        "uk": ("екстрена-допомога-112-і-116117", "Екстрена допомога: 112 і 116117", """
<h2>🚑 Загроза життю: 112</h2>
<p>Телефонуйте <strong>112</strong>, якщо є загроза життю, наприклад у разі втрати свідомості, сильного болю в грудях, задишки або важких нещасних випадків. Дзвінок безкоштовний і працює навіть без коштів на рахунку.</p>
<p>Скажіть телефоном: Де це сталося? Що сталося? Скільки постраждалих? Дочекайтеся запитань.</p>
<h2>Чергова лікарська служба: 116117</h2>
<p>Вам потрібен лікар уночі, у вихідні чи у святковий день, але це не екстрений випадок? Тоді телефонуйте <a href="tel:116117">116117</a>. Чергова практика при лікарні Klinikum Musterstadt, Parkstraße 2, працює:</p>
<ul>
<li>понеділок, вівторок, четвер: 18:00–22:00</li>
<li>середа та п'ятниця: 16:00–22:00</li>
<li>субота, неділя, святкові дні: 9:00–21:00</li>
</ul>
<p>Приймальне відділення лікарні — лише для справжніх екстрених випадків.</p>
"""),
    },
    {
        "key": "schwangerschaft",
        "id": 1335,
        "parent": "gesundheit",
        "icon": None,
        "updated": "2025-03-17 15:21:38.690",
        "de": ("schwangerschaft", "Schwangerschaft", """
<p>Wenn Sie schwanger sind, gehen Sie regelmäßig zur <strong>Vorsorgeuntersuchung</strong> bei einer Frauenärztin oder einem Frauenarzt. Die Krankenkasse bezahlt die Untersuchungen. Sie bekommen einen <em>Mutterpass</em>, in dem alle Ergebnisse stehen.</p>
<p>Eine <strong>Hebamme</strong> begleitet Sie vor und nach der Geburt, auch zu Hause. Suchen Sie früh nach einer Hebamme, am besten in den ersten Wochen der Schwangerschaft.</p>
<h2>Beratung und Hilfe</h2>
<p>Die Schwangerschaftsberatung im Gesundheitsamt berät kostenlos und vertraulich, zum Beispiel zu Geld, Elterngeld, Wohnung und Arbeit. Termine unter <a href="tel:+498999998520">089 99998-520</a>.</p>
<p>Arbeitnehmerinnen haben Mutterschutz: sechs Wochen vor und acht Wochen nach der Geburt müssen Sie nicht arbeiten.</p>
"""),
        "en": ("pregnancy", "Pregnancy", """
<p>If you are pregnant, go to regular <strong>check-ups</strong> with a gynaecologist. The health insurance pays for the check-ups. You receive a <em>maternity record</em> (<span class="notranslate" translate="no" dir="ltr">Mutterpass</span>) in which all results are recorded.</p>
<p>A <strong>midwife</strong> supports you before and after the birth, also at home. Look for a midwife early, ideally in the first weeks of pregnancy.</p>
<h2>Counselling and help</h2>
<p>The pregnancy counselling service at the public health office gives free and confidential advice, for example on money, parental allowance, housing and work. Appointments on <a href="tel:+498999998520">089 99998-520</a>.</p>
<p>Employees have maternity protection: you do not have to work for six weeks before and eight weeks after the birth.</p>
"""),
        "ar": ("الحمل", "الحمل", """
<p dir="rtl">إذا كنتِ حاملاً، فاذهبي بانتظام إلى <strong>الفحوصات الوقائية</strong> لدى طبيبة أو طبيب أمراض النساء. يدفع صندوق التأمين الصحي تكاليف الفحوصات. تحصلين على <em>سجل الأمومة</em> (<span class="notranslate" translate="no" dir="ltr">Mutterpass</span>) الذي تُدوَّن فيه جميع النتائج.</p>
<p dir="rtl">ترافقك <strong>القابلة</strong> قبل الولادة وبعدها، وفي المنزل أيضاً. ابحثي عن قابلة مبكراً، ويُفضّل ذلك في الأسابيع الأولى من الحمل.</p>
<h2>الاستشارة والمساعدة</h2>
<p dir="rtl">تقدّم استشارات الحمل في دائرة الصحة مشورة مجانية وسرية، مثلاً حول المال وإعانة الوالدين والسكن والعمل. المواعيد على الرقم <a href="tel:+498999998520">089 99998-520</a>.</p>
<p dir="rtl">للعاملات حق في حماية الأمومة: لا يتوجب عليكِ العمل ستة أسابيع قبل الولادة وثمانية أسابيع بعدها.</p>
"""),
        "fa": ("بارداری", "بارداری", """
<p dir="rtl">اگر باردار هستید، به‌طور منظم برای <strong>معاینات دوران بارداری</strong> نزد پزشک زنان بروید. بیمه درمانی هزینه معاینات را می‌پردازد. یک <em>دفترچه مادر</em> (<span class="notranslate" translate="no" dir="ltr">Mutterpass</span>) دریافت می‌کنید که همه نتایج در آن ثبت می‌شود.</p>
<p dir="rtl">یک <strong>ماما</strong> پیش و پس از زایمان، حتی در خانه، همراه شماست. زود دنبال ماما بگردید، بهتر است در هفته‌های نخست بارداری.</p>
<h2>مشاوره و کمک</h2>
<p dir="rtl">مشاوره بارداری در اداره بهداشت رایگان و محرمانه است، مثلاً درباره پول، کمک‌هزینه والدین، مسکن و کار. وقت مشاوره: <a href="tel:+498999998520">089 99998-520</a>.</p>
<p dir="rtl">زنان شاغل از حمایت مادران برخوردارند: شش هفته پیش و هشت هفته پس از زایمان لازم نیست کار کنید.</p>
"""),
        "uk": ("вагітність", "Вагітність", """
<p>Якщо ви вагітні, регулярно ходіть на <strong>профілактичні огляди</strong> до гінеколога. Лікарняна каса оплачує огляди. Ви отримаєте <em>карту вагітної</em> (<span class="notranslate" translate="no" dir="ltr">Mutterpass</span>), у яку записують усі результати.</p>
<p><strong>Акушерка</strong> супроводжує вас до і після пологів, зокрема вдома. Шукайте акушерку якомога раніше, найкраще в перші тижні вагітності.</p>
<h2>Консультації та допомога</h2>
<p>Консультація для вагітних у відомстві охорони здоров'я безкоштовна й конфіденційна — наприклад, щодо грошей, батьківської допомоги, житла та роботи. Запис за номером <a href="tel:+498999998520">089 99998-520</a>.</p>
<p>Працівниці мають право на захист материнства: шість тижнів до і вісім тижнів після пологів ви не повинні працювати.</p>
"""),
    },
]
