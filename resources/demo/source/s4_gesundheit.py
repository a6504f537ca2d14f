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
<p>Auf diesen Seiten erfahren Sie, wie Sie sich versichern, wie Sie einen Arzt finden und was Sie im Notfall tun. Viele Praxen in Musterstadt sprechen auch Englisch, Arabisch oder Russisch. Wenn Sie Briefe oder Rechnungen Ihrer Krankenkasse nicht verstehen, hilft Ihnen die Migrationsberatung kostenlos.</p>
<ul>
<li><a href="page:krankenversicherung">Krankenversicherung</a></li>
<li><a href="page:aerzte">Ärzte finden</a></li>
<li><a href="page:notfall-medizin">Notfall: 112 und 116117</a></li>
<li><a href="page:schwangerschaft">Schwangerschaft</a></li>
</ul>
"""),
        "en": ("health", "Health", """
<p>In Germany everyone needs health insurance. It pays for visits to the doctor, medicines and treatment in hospital.</p>
<p>On these pages you will learn how to get insured, how to find a doctor and what to do in an emergency. Many practices in Musterstadt also speak English, Arabic or Russian. If you do not understand letters or bills from your health insurance fund, the migration counselling service will help you free of charge.</p>
<ul>
<li><a href="page:krankenversicherung">Health insurance</a></li>
<li><a href="page:aerzte">Finding a doctor</a></li>
<li><a href="page:notfall-medizin">Emergencies: 112 and 116117</a></li>
<li><a href="page:schwangerschaft">Pregnancy</a></li>
</ul>
"""),
        "ar": ("الصحة", "الصحة", """
<p dir="rtl">في ألمانيا يحتاج كل شخص إلى تأمين صحي. يدفع التأمين تكاليف زيارات الطبيب والأدوية والعلاج في المستشفى.</p>
<p dir="rtl">في هذه الصفحات تعرف كيف تحصل على تأمين، وكيف تجد طبيباً، وماذا تفعل في حالة الطوارئ. كثير من العيادات في موسترشتات تتحدث أيضاً الإنجليزية أو العربية أو الروسية. إذا لم تفهم رسائل صندوق التأمين الصحي أو فواتيره، تساعدك استشارات الهجرة مجاناً.</p>
<ul dir="rtl">
<li><a href="page:krankenversicherung">التأمين الصحي</a></li>
<li><a href="page:aerzte">العثور على طبيب</a></li>
<li><a href="page:notfall-medizin">الطوارئ: 112 و116117</a></li>
<li><a href="page:schwangerschaft">الحمل</a></li>
</ul>
"""),
        "fa": ("سلامت", "سلامت", """
<p dir="rtl">در آلمان همه به بیمه درمانی نیاز دارند. بیمه هزینه مراجعه به پزشک، دارو و درمان در بیمارستان را می‌پردازد.</p>
<p dir="rtl">در این صفحات می‌خوانید که چگونه بیمه شوید، چگونه پزشک پیدا کنید و در شرایط اضطراری چه کنید. بسیاری از مطب‌ها در موسترشتات انگلیسی، عربی یا روسی هم صحبت می‌کنند. اگر نامه‌ها یا صورت‌حساب‌های صندوق بیمه را نمی‌فهمید، مشاوره مهاجرت رایگان به شما کمک می‌کند.</p>
<ul dir="rtl">
<li><a href="page:krankenversicherung">بیمه درمانی</a></li>
<li><a href="page:aerzte">پیدا کردن پزشک</a></li>
<li><a href="page:notfall-medizin">اورژانس: ۱۱۲ و ۱۱۶۱۱۷</a></li>
<li><a href="page:schwangerschaft">بارداری</a></li>
</ul>
"""),
        "uk": ("здоров-я", "Здоров'я", """
<p>У Німеччині кожному потрібне медичне страхування. Воно оплачує візити до лікаря, ліки та лікування в лікарні.</p>
<p>На цих сторінках ви дізнаєтеся, як оформити страховку, як знайти лікаря і що робити в екстреному випадку. Чимало практик у Мустерштадті говорять також англійською, арабською чи російською. Якщо ви не розумієте листів або рахунків від своєї лікарняної каси, міграційна консультація безкоштовно вам допоможе.</p>
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
<p>Wenn Sie eine Arbeit beginnen, wählen Sie innerhalb von zwei Wochen eine Krankenkasse und sagen Ihrem Arbeitgeber, welche. Sonst meldet der Arbeitgeber Sie bei einer Krankenkasse an. Die Krankenkasse schickt Ihnen dann eine Mitgliedsbescheinigung.</p>
<h2>Wer zahlt die Beiträge?</h2>
<ul>
<li>Wenn Sie arbeiten, zahlen Sie und Ihr Arbeitgeber je etwa die Hälfte.</li>
<li>Wenn Sie Bürgergeld bekommen, zahlt das Jobcenter.</li>
<li>Kinder und Ehepartner ohne eigenes Einkommen sind oft kostenlos mitversichert (Familienversicherung).</li>
</ul>
<p>Asylsuchende bekommen in den ersten 36 Monaten Leistungen nach dem Asylbewerberleistungsgesetz. Den Behandlungsschein oder die Gesundheitskarte bekommen Sie dann vom Sozialamt.</p>
<p>Für Medikamente aus der Apotheke zahlen Erwachsene meistens eine Zuzahlung von 5 bis 10 Euro.</p>
<h2>Was bezahlt die Krankenkasse?</h2>
<ul>
<li>Behandlung in Hausarzt- und Facharztpraxen und im Krankenhaus (Zuzahlung im Krankenhaus: 10 Euro pro Tag, höchstens 28 Tage im Jahr)</li>
<li>Vorsorgeuntersuchungen, Impfungen und die Kontrolle beim Zahnarzt</li>
<li>für Kinder und Jugendliche unter 18 Jahren: fast alles ohne Zuzahlung, auch Brillen</li>
</ul>
<p>Zahnersatz und Brillen für Erwachsene bezahlt die Krankenkasse nur zum Teil. Fragen Sie vor der Behandlung nach einem Kostenvoranschlag. Wenn Ihre Zuzahlungen in einem Jahr mehr als 2 % Ihres Einkommens betragen (bei chronischen Krankheiten 1 %), können Sie sich für den Rest des Jahres befreien lassen.</p>
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
<p dir="rtl">إذا بدأت عملاً، فاختر صندوق تأمين صحي خلال أسبوعين وأبلغ صاحب العمل باسمه. وإلا فسيسجّلك صاحب العمل بنفسه لدى أحد الصناديق. بعد ذلك يرسل إليك الصندوق شهادة عضوية.</p>
<h2>من يدفع الاشتراكات؟</h2>
<ul dir="rtl">
<li>إذا كنت تعمل، تدفع أنت وصاحب العمل كلٌّ منكما النصف تقريباً.</li>
<li>إذا كنت تحصل على إعانة المواطن، يدفع مركز العمل.</li>
<li>الأطفال والأزواج الذين ليس لهم دخل خاص مؤمَّنون غالباً مجاناً (التأمين العائلي).</li>
</ul>
<p dir="rtl">يحصل طالبو اللجوء خلال الأشهر الـ 36 الأولى على خدمات بموجب قانون إعانات طالبي اللجوء. وتحصل على قسيمة العلاج أو البطاقة الصحية من مكتب الشؤون الاجتماعية.</p>
<p dir="rtl">يدفع البالغون عادةً مساهمة تتراوح بين 5 و10 يورو عن الأدوية من الصيدلية.</p>
<h2>ماذا يدفع صندوق التأمين الصحي؟</h2>
<ul dir="rtl">
<li>العلاج في عيادات أطباء الأسرة والأطباء المختصين وفي المستشفى (المساهمة في المستشفى: 10 يورو يومياً، 28 يوماً في السنة كحد أقصى)</li>
<li>الفحوصات الوقائية والتطعيمات والفحص الدوري لدى طبيب الأسنان</li>
<li>للأطفال والشباب دون 18 عاماً: كل شيء تقريباً دون مساهمة، والنظارات أيضاً</li>
</ul>
<p dir="rtl">لا يدفع الصندوق إلا جزءاً من تكاليف تركيبات الأسنان والنظارات للبالغين. اطلب قبل العلاج تقديراً للتكاليف. إذا تجاوزت مساهماتك في سنة واحدة 2% من دخلك (1% في حالة الأمراض المزمنة)، يمكنك الحصول على إعفاء لبقية السنة.</p>
"""),
        "fa": ("بیمه-درمانی", "بیمه درمانی", """
<p dir="rtl">بیشتر مردم در یک <strong>صندوق بیمه درمانی دولتی</strong> بیمه هستند. می‌توانید صندوق را آزادانه انتخاب کنید. پس از ثبت‌نام <em>کارت سلامت</em> (<span class="notranslate" translate="no" dir="ltr">Gesundheitskarte</span>) دریافت می‌کنید. این کارت را در هر مراجعه به پزشک نشان دهید.</p>
<p dir="rtl">اگر کاری را شروع می‌کنید، ظرف دو هفته یک صندوق بیمه درمانی انتخاب کنید و نام آن را به کارفرما بگویید. در غیر این صورت کارفرما خودش شما را در یک صندوق ثبت‌نام می‌کند. سپس صندوق بیمه گواهی عضویت برایتان می‌فرستد.</p>
<h2>چه کسی حق بیمه را می‌پردازد؟</h2>
<ul dir="rtl">
<li>اگر کار می‌کنید، شما و کارفرما هر کدام تقریباً نیمی از آن را می‌پردازید.</li>
<li>اگر کمک‌هزینه شهروندی می‌گیرید، اداره کار می‌پردازد.</li>
<li>فرزندان و همسرانی که درآمد ندارند، اغلب به‌طور رایگان همراه شما بیمه می‌شوند (بیمه خانوادگی).</li>
</ul>
<p dir="rtl">پناه‌جویان در ۳۶ ماه نخست از خدمات قانون کمک به پناه‌جویان استفاده می‌کنند. برگه درمان یا کارت سلامت را از اداره امور اجتماعی دریافت می‌کنید.</p>
<p dir="rtl">بزرگسالان برای داروهای داروخانه معمولاً ۵ تا ۱۰ یورو سهم خود را می‌پردازند.</p>
<h2>صندوق بیمه چه هزینه‌هایی را می‌پردازد؟</h2>
<ul dir="rtl">
<li>درمان در مطب پزشکان عمومی و متخصص و در بیمارستان (سهم شما در بیمارستان: روزی ۱۰ یورو، حداکثر ۲۸ روز در سال)</li>
<li>معاینات پیشگیرانه، واکسن‌ها و معاینه دوره‌ای دندان‌پزشکی</li>
<li>برای کودکان و نوجوانان زیر ۱۸ سال: تقریباً همه چیز بدون سهم پرداختی، حتی عینک</li>
</ul>
<p dir="rtl">صندوق بیمه فقط بخشی از هزینه دندان مصنوعی و عینک بزرگسالان را می‌پردازد. پیش از درمان برآورد هزینه بخواهید. اگر سهم پرداختی شما در یک سال بیش از ۲٪ درآمدتان شود (برای بیماری‌های مزمن ۱٪)، می‌توانید برای بقیه سال معافیت بگیرید.</p>
"""),
        "uk": ("медичне-страхування", "Медичне страхування", """
<p>Більшість людей застраховані в <strong>державній лікарняній касі</strong>. Касу можна обрати самостійно. Після реєстрації ви отримаєте <em>медичну картку</em> (<span class="notranslate" translate="no" dir="ltr">Gesundheitskarte</span>). Показуйте її під час кожного візиту до лікаря.</p>
<p>Якщо ви починаєте працювати, протягом двох тижнів оберіть лікарняну касу й повідомте роботодавцю, яку саме. Інакше роботодавець сам зареєструє вас у якійсь касі. Після цього каса надішле вам довідку про членство.</p>
<h2>Хто сплачує внески?</h2>
<ul>
<li>Якщо ви працюєте, ви та ваш роботодавець сплачуєте приблизно по половині.</li>
<li>Якщо ви отримуєте громадянську допомогу, платить джобцентр.</li>
<li>Діти та подружжя без власного доходу часто застраховані безкоштовно (сімейне страхування).</li>
</ul>
<p>Шукачі притулку протягом перших 36 місяців отримують допомогу за Законом про допомогу шукачам притулку. Направлення на лікування або медичну картку тоді видає соціальне відомство.</p>
<p>За ліки в аптеці дорослі зазвичай доплачують від 5 до 10 євро.</p>
<h2>Що оплачує лікарняна каса?</h2>
<ul>
<li>лікування в сімейних і вузьких спеціалістів та в лікарні (доплата в лікарні: 10 євро на день, не більше 28 днів на рік)</li>
<li>профілактичні огляди, щеплення та контрольний огляд у стоматолога</li>
<li>для дітей і підлітків до 18 років: майже все без доплат, зокрема окуляри</li>
</ul>
<p>Зубні протези та окуляри для дорослих каса оплачує лише частково. Перед лікуванням попросіть кошторис. Якщо ваші доплати за рік перевищать 2 % вашого доходу (за хронічних хвороб — 1 %), ви можете отримати звільнення від доплат до кінця року.</p>
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
<h2>Krankschreibung</h2>
<p>Wenn Sie krank sind und nicht arbeiten können, sagen Sie Ihrem Arbeitgeber am ersten Tag sofort Bescheid. Ab dem vierten Tag brauchen Sie eine <strong>Arbeitsunfähigkeitsbescheinigung</strong> von der Praxis – manche Arbeitgeber verlangen sie schon ab dem ersten Tag. Die Praxis schickt sie elektronisch an Ihre Krankenkasse, Ihr Arbeitgeber ruft sie dort ab.</p>
<h2>Zahnarzt und Kinderarzt</h2>
<p>Gehen Sie einmal im Jahr zur Kontrolle in eine Zahnarztpraxis. Das wird im Bonusheft eingetragen und spart später Geld. Kinder gehen zur Kinderärztin oder zum Kinderarzt. Dort gibt es die kostenlosen Vorsorgeuntersuchungen U1 bis U9 und die Impfungen. Bringen Sie das gelbe Untersuchungsheft zu jedem Termin mit.</p>
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
<h2>Sick note</h2>
<p>If you are ill and cannot work, tell your employer immediately on the first day. From the fourth day you need a <strong>certificate of incapacity for work</strong> (<span class="notranslate" translate="no" dir="ltr">Arbeitsunfähigkeitsbescheinigung</span>) from the practice – some employers want it from the first day. The practice sends it electronically to your health insurance fund, and your employer retrieves it from there.</p>
<h2>Dentist and paediatrician</h2>
<p>Go to a dental practice for a check-up once a year. This is entered in your bonus booklet (<span class="notranslate" translate="no" dir="ltr">Bonusheft</span>) and saves money later. Children go to a paediatrician. There they get the free check-ups U1 to U9 and their vaccinations. Bring the yellow check-up booklet to every appointment.</p>
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
<h2>الإجازة المرضية</h2>
<p dir="rtl">إذا كنت مريضاً ولا تستطيع العمل، فأبلغ صاحب العمل فوراً في اليوم الأول. ابتداءً من اليوم الرابع تحتاج إلى <strong>شهادة عدم القدرة على العمل</strong> (<span class="notranslate" translate="no" dir="ltr">Arbeitsunfähigkeitsbescheinigung</span>) من العيادة – وبعض أصحاب العمل يطلبونها من اليوم الأول. ترسلها العيادة إلكترونياً إلى صندوق التأمين الصحي، ويطّلع عليها صاحب العمل من هناك.</p>
<h2>طبيب الأسنان وطبيب الأطفال</h2>
<p dir="rtl">اذهب مرة في السنة إلى عيادة أسنان للفحص الدوري. يُسجَّل ذلك في دفتر المكافآت (<span class="notranslate" translate="no" dir="ltr">Bonusheft</span>) ويوفّر عليك المال لاحقاً. يذهب الأطفال إلى طبيبة أو طبيب الأطفال، حيث يحصلون مجاناً على الفحوصات الوقائية من U1 إلى U9 وعلى التطعيمات. أحضر دفتر الفحوصات الأصفر إلى كل موعد.</p>
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
<h2>گواهی استعلاجی</h2>
<p dir="rtl">اگر بیمار هستید و نمی‌توانید کار کنید، همان روز اول فوراً به کارفرما خبر دهید. از روز چهارم به <strong>گواهی ناتوانی از کار</strong> (<span class="notranslate" translate="no" dir="ltr">Arbeitsunfähigkeitsbescheinigung</span>) از مطب نیاز دارید – برخی کارفرماها آن را از روز اول می‌خواهند. مطب آن را به‌صورت الکترونیکی برای صندوق بیمه می‌فرستد و کارفرما آن را از آنجا دریافت می‌کند.</p>
<h2>دندان‌پزشک و پزشک کودکان</h2>
<p dir="rtl">سالی یک بار برای معاینه به دندان‌پزشکی بروید. این معاینه در دفترچه پاداش (<span class="notranslate" translate="no" dir="ltr">Bonusheft</span>) ثبت می‌شود و بعدها در هزینه صرفه‌جویی می‌کند. کودکان نزد پزشک کودکان می‌روند. آنجا معاینات پیشگیرانه رایگان U1 تا U9 و واکسن‌ها انجام می‌شود. دفترچه زرد معاینات را به هر نوبت ببرید.</p>
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
<h2>Лікарняний</h2>
<p>Якщо ви захворіли й не можете працювати, повідомте роботодавця одразу в перший день. Починаючи з четвертого дня вам потрібна <strong>довідка про непрацездатність</strong> (<span class="notranslate" translate="no" dir="ltr">Arbeitsunfähigkeitsbescheinigung</span>) від практики — деякі роботодавці вимагають її вже з першого дня. Практика надсилає її в електронному вигляді до вашої лікарняної каси, а роботодавець отримує її звідти.</p>
<h2>Стоматолог і педіатр</h2>
<p>Раз на рік ходіть на контрольний огляд до стоматолога. Його записують до бонусної книжечки (<span class="notranslate" translate="no" dir="ltr">Bonusheft</span>), і згодом це заощаджує гроші. Діти ходять до педіатра. Там безкоштовно проводять профілактичні огляди U1–U9 і щеплення. Беріть жовту книжечку оглядів на кожен прийом.</p>
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
<h2>Weitere Notdienste</h2>
<ul>
<li><strong>Kinder:</strong> kinderärztliche Bereitschaftspraxis im Klinikum Musterstadt, Samstag, Sonntag und Feiertage 9:00–19:00 Uhr</li>
<li><strong>Zähne:</strong> zahnärztlicher Notdienst am Wochenende – die diensthabende Praxis finden Sie auf <a href="https://zahnarzt-notdienst.musterstadt.example">zahnarzt-notdienst.musterstadt.example</a></li>
<li><strong>Apotheken:</strong> Eine Notdienst-Apotheke ist jede Nacht geöffnet. Die Adresse hängt an jeder Apotheke aus.</li>
</ul>
<p>Nehmen Sie in die Praxis oder ins Krankenhaus mit: Ihre Gesundheitskarte, einen Ausweis, eine Liste Ihrer Medikamente und ggf. Ihren Mutterpass oder Impfpass. Im Notfall werden Sie auch ohne Gesundheitskarte behandelt. Reichen Sie die Karte dann innerhalb von zehn Tagen nach.</p>
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
<h2>Other emergency services</h2>
<ul>
<li><strong>Children:</strong> paediatric out-of-hours practice at Klinikum Musterstadt, Saturday, Sunday and public holidays 9:00 am – 7:00 pm</li>
<li><strong>Teeth:</strong> emergency dental service at weekends – you can find the practice on duty at <a href="https://zahnarzt-notdienst.musterstadt.example">zahnarzt-notdienst.musterstadt.example</a></li>
<li><strong>Pharmacies:</strong> One emergency pharmacy is open every night. The address is posted at every pharmacy.</li>
</ul>
<p>Take the following to the practice or hospital: your health card, an ID document, a list of your medicines and, if applicable, your maternity record or vaccination card. In an emergency you will be treated even without a health card. Hand it in within ten days.</p>
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
<h2>خدمات طوارئ أخرى</h2>
<ul dir="rtl">
<li><strong>الأطفال:</strong> عيادة طب الأطفال المناوبة في <span class="notranslate" translate="no" dir="ltr">Klinikum Musterstadt</span>، السبت والأحد والعطل الرسمية 9:00–19:00</li>
<li><strong>الأسنان:</strong> خدمة طوارئ الأسنان في عطلة نهاية الأسبوع – تجد العيادة المناوبة على <a href="https://zahnarzt-notdienst.musterstadt.example">zahnarzt-notdienst.musterstadt.example</a></li>
<li><strong>الصيدليات:</strong> تفتح صيدلية مناوبة كل ليلة. عنوانها معلّق على باب كل صيدلية.</li>
</ul>
<p dir="rtl">خذ معك إلى العيادة أو المستشفى: بطاقتك الصحية ووثيقة هوية وقائمة بأدويتك، وعند الاقتضاء سجل الأمومة أو دفتر التطعيم. في حالة الطوارئ تُعالَج حتى دون البطاقة الصحية، وعليك تقديمها خلال عشرة أيام.</p>
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
<h2>خدمات اضطراری دیگر</h2>
<ul dir="rtl">
<li><strong>کودکان:</strong> مطب کشیک کودکان در <span class="notranslate" translate="no" dir="ltr">Klinikum Musterstadt</span>، شنبه، یکشنبه و تعطیلات رسمی ۹:۰۰ تا ۱۹:۰۰</li>
<li><strong>دندان:</strong> دندان‌پزشکی کشیک در آخر هفته – مطب کشیک را در <a href="https://zahnarzt-notdienst.musterstadt.example">zahnarzt-notdienst.musterstadt.example</a> پیدا می‌کنید</li>
<li><strong>داروخانه‌ها:</strong> هر شب یک داروخانه کشیک باز است. نشانی آن روی در همه داروخانه‌ها نصب شده است.</li>
</ul>
<p dir="rtl">این‌ها را به مطب یا بیمارستان ببرید: کارت سلامت، مدرک شناسایی، فهرست داروها و در صورت نیاز دفترچه مادر یا کارت واکسن. در شرایط اضطراری بدون کارت سلامت هم درمان می‌شوید. کارت را ظرف ده روز تحویل دهید.</p>
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
<h2>Інші чергові служби</h2>
<ul>
<li><strong>Діти:</strong> чергова педіатрична практика в Klinikum Musterstadt, субота, неділя та святкові дні 9:00–19:00</li>
<li><strong>Зуби:</strong> чергова стоматологічна служба у вихідні — практику, що чергує, можна знайти на <a href="https://zahnarzt-notdienst.musterstadt.example">zahnarzt-notdienst.musterstadt.example</a></li>
<li><strong>Аптеки:</strong> Щоночі працює одна чергова аптека. Її адресу вивішено на кожній аптеці.</li>
</ul>
<p>Візьміть із собою до практики чи лікарні: медичну картку, документ, що посвідчує особу, список ліків і, за потреби, карту вагітної або щеплювальний паспорт. У невідкладному випадку вас лікуватимуть і без медичної картки. Тоді донесіть її протягом десяти днів.</p>
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
<p>Die Beratungsstelle hilft auch beim Antrag auf Geld für die Erstausstattung, z. B. für Kinderwagen, Babykleidung und Bett. Stellen Sie diesen Antrag <em>vor</em> der Geburt. Wenn Sie Bürgergeld bekommen, beantragen Sie beim Jobcenter ab der 13. Schwangerschaftswoche einen Mehrbedarf und die Erstausstattung.</p>
<p>Arbeitnehmerinnen haben Mutterschutz: sechs Wochen vor und acht Wochen nach der Geburt müssen Sie nicht arbeiten.</p>
<h2>Nach der Geburt</h2>
<ul>
<li>Die Geburt muss innerhalb einer Woche beim <strong>Standesamt</strong> angezeigt werden. Meistens erledigt das die Klinik. Die Geburtsurkunde holen Sie im Rathaus, Zimmer 010, ab.</li>
<li>Kindergeld beantragen Sie bei der Familienkasse, Elterngeld bei der Elterngeldstelle. Für beide Anträge brauchen Sie die Geburtsurkunde.</li>
<li>Melden Sie Ihr Kind bei Ihrer Krankenkasse an und suchen Sie früh eine Kinderarztpraxis.</li>
</ul>
"""),
        "en": ("pregnancy", "Pregnancy", """
<p>If you are pregnant, go to regular <strong>check-ups</strong> with a gynaecologist. The health insurance pays for the check-ups. You receive a <em>maternity record</em> (<span class="notranslate" translate="no" dir="ltr">Mutterpass</span>) in which all results are recorded.</p>
<p>A <strong>midwife</strong> supports you before and after the birth, also at home. Look for a midwife early, ideally in the first weeks of pregnancy.</p>
<h2>Counselling and help</h2>
<p>The pregnancy counselling service at the public health office gives free and confidential advice, for example on money, parental allowance, housing and work. Appointments on <a href="tel:+498999998520">089 99998-520</a>.</p>
<p>The counselling service also helps you apply for money for the first baby equipment, for example a pram, baby clothes and a cot. Apply <em>before</em> the birth. If you receive citizen's income, apply to the Jobcenter from the 13th week of pregnancy for additional needs and for the first equipment.</p>
<p>Employees have maternity protection: you do not have to work for six weeks before and eight weeks after the birth.</p>
<h2>After the birth</h2>
<ul>
<li>The birth must be registered with the <strong>registry office</strong> (<span class="notranslate" translate="no" dir="ltr">Standesamt</span>) within one week. Usually the hospital does this. You collect the birth certificate at the town hall, room 010.</li>
<li>You apply for child benefit (<span class="notranslate" translate="no" dir="ltr">Kindergeld</span>) at the family benefits office and for parental allowance (<span class="notranslate" translate="no" dir="ltr">Elterngeld</span>) at the parental allowance office. You need the birth certificate for both applications.</li>
<li>Register your child with your health insurance fund and look for a paediatric practice early.</li>
</ul>
"""),
        "ar": ("الحمل", "الحمل", """
<p dir="rtl">إذا كنتِ حاملاً، فاذهبي بانتظام إلى <strong>الفحوصات الوقائية</strong> لدى طبيبة أو طبيب أمراض النساء. يدفع صندوق التأمين الصحي تكاليف الفحوصات. تحصلين على <em>سجل الأمومة</em> (<span class="notranslate" translate="no" dir="ltr">Mutterpass</span>) الذي تُدوَّن فيه جميع النتائج.</p>
<p dir="rtl">ترافقك <strong>القابلة</strong> قبل الولادة وبعدها، وفي المنزل أيضاً. ابحثي عن قابلة مبكراً، ويُفضّل ذلك في الأسابيع الأولى من الحمل.</p>
<h2>الاستشارة والمساعدة</h2>
<p dir="rtl">تقدّم استشارات الحمل في دائرة الصحة مشورة مجانية وسرية، مثلاً حول المال وإعانة الوالدين والسكن والعمل. المواعيد على الرقم <a href="tel:+498999998520">089 99998-520</a>.</p>
<p dir="rtl">يساعدك مركز الاستشارة أيضاً في طلب المال لتجهيزات المولود الأولى، مثل عربة الأطفال وملابس الرضيع والسرير. قدّمي هذا الطلب <em>قبل</em> الولادة. إذا كنتِ تحصلين على إعانة المواطن، فاطلبي من مركز العمل ابتداءً من الأسبوع الثالث عشر من الحمل الاحتياج الإضافي وتجهيزات المولود الأولى.</p>
<p dir="rtl">للعاملات حق في حماية الأمومة: لا يتوجب عليكِ العمل ستة أسابيع قبل الولادة وثمانية أسابيع بعدها.</p>
<h2>بعد الولادة</h2>
<ul dir="rtl">
<li>يجب الإبلاغ عن الولادة لدى <strong>مكتب الأحوال المدنية</strong> (<span class="notranslate" translate="no" dir="ltr">Standesamt</span>) خلال أسبوع واحد. غالباً ما يتولى المستشفى ذلك. تستلمين شهادة الميلاد في مبنى البلدية، الغرفة 010.</li>
<li>تطلبين إعانة الأطفال (<span class="notranslate" translate="no" dir="ltr">Kindergeld</span>) من صندوق الأسرة، وإعانة الوالدين (<span class="notranslate" translate="no" dir="ltr">Elterngeld</span>) من مكتب إعانة الوالدين. تحتاجين إلى شهادة الميلاد للطلبين كليهما.</li>
<li>سجّلي طفلك لدى صندوق التأمين الصحي وابحثي مبكراً عن عيادة طبيب أطفال.</li>
</ul>
"""),
        "fa": ("بارداری", "بارداری", """
<p dir="rtl">اگر باردار هستید، به‌طور منظم برای <strong>معاینات دوران بارداری</strong> نزد پزشک زنان بروید. بیمه درمانی هزینه معاینات را می‌پردازد. یک <em>دفترچه مادر</em> (<span class="notranslate" translate="no" dir="ltr">Mutterpass</span>) دریافت می‌کنید که همه نتایج در آن ثبت می‌شود.</p>
<p dir="rtl">یک <strong>ماما</strong> پیش و پس از زایمان، حتی در خانه، همراه شماست. زود دنبال ماما بگردید، بهتر است در هفته‌های نخست بارداری.</p>
<h2>مشاوره و کمک</h2>
<p dir="rtl">مشاوره بارداری در اداره بهداشت رایگان و محرمانه است، مثلاً درباره پول، کمک‌هزینه والدین، مسکن و کار. وقت مشاوره: <a href="tel:+498999998520">089 99998-520</a>.</p>
<p dir="rtl">مرکز مشاوره در درخواست پول برای وسایل اولیه نوزاد، مثلاً کالسکه، لباس نوزاد و تخت، هم کمک می‌کند. این درخواست را <em>پیش از</em> زایمان بدهید. اگر کمک‌هزینه شهروندی می‌گیرید، از هفته سیزدهم بارداری از اداره کار هزینه نیاز اضافی و وسایل اولیه نوزاد را درخواست کنید.</p>
<p dir="rtl">زنان شاغل از حمایت مادران برخوردارند: شش هفته پیش و هشت هفته پس از زایمان لازم نیست کار کنید.</p>
<h2>پس از زایمان</h2>
<ul dir="rtl">
<li>تولد باید ظرف یک هفته به <strong>اداره ثبت احوال</strong> (<span class="notranslate" translate="no" dir="ltr">Standesamt</span>) اطلاع داده شود. معمولاً بیمارستان این کار را انجام می‌دهد. شناسنامه را از شهرداری، اتاق ۰۱۰، تحویل می‌گیرید.</li>
<li>کمک‌هزینه فرزند (<span class="notranslate" translate="no" dir="ltr">Kindergeld</span>) را از صندوق خانواده و کمک‌هزینه والدین (<span class="notranslate" translate="no" dir="ltr">Elterngeld</span>) را از اداره کمک‌هزینه والدین درخواست می‌کنید. برای هر دو درخواست به شناسنامه نیاز دارید.</li>
<li>فرزندتان را در صندوق بیمه درمانی ثبت کنید و زود یک مطب پزشک کودکان پیدا کنید.</li>
</ul>
"""),
        "uk": ("вагітність", "Вагітність", """
<p>Якщо ви вагітні, регулярно ходіть на <strong>профілактичні огляди</strong> до гінеколога. Лікарняна каса оплачує огляди. Ви отримаєте <em>карту вагітної</em> (<span class="notranslate" translate="no" dir="ltr">Mutterpass</span>), у яку записують усі результати.</p>
<p><strong>Акушерка</strong> супроводжує вас до і після пологів, зокрема вдома. Шукайте акушерку якомога раніше, найкраще в перші тижні вагітності.</p>
<h2>Консультації та допомога</h2>
<p>Консультація для вагітних у відомстві охорони здоров'я безкоштовна й конфіденційна — наприклад, щодо грошей, батьківської допомоги, житла та роботи. Запис за номером <a href="tel:+498999998520">089 99998-520</a>.</p>
<p>Консультація також допомагає подати заяву на гроші для першого придбання речей для немовляти, наприклад візочка, дитячого одягу та ліжечка. Подайте цю заяву <em>до</em> пологів. Якщо ви отримуєте громадянську допомогу, з 13-го тижня вагітності подайте до джобцентру заяву на додаткові потреби та перше придбання речей.</p>
<p>Працівниці мають право на захист материнства: шість тижнів до і вісім тижнів після пологів ви не повинні працювати.</p>
<h2>Після пологів</h2>
<ul>
<li>Про народження дитини потрібно протягом тижня повідомити до <strong>РАЦСу</strong> (<span class="notranslate" translate="no" dir="ltr">Standesamt</span>). Зазвичай це робить лікарня. Свідоцтво про народження ви забираєте в ратуші, кімната 010.</li>
<li>Допомогу на дитину (<span class="notranslate" translate="no" dir="ltr">Kindergeld</span>) оформлюють у сімейній касі, батьківську допомогу (<span class="notranslate" translate="no" dir="ltr">Elterngeld</span>) — у відділі батьківської допомоги. Для обох заяв потрібне свідоцтво про народження.</li>
<li>Зареєструйте дитину у своїй лікарняній касі та заздалегідь знайдіть педіатричну практику.</li>
</ul>
"""),
    },
]
