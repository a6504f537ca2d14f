"""Demo pages: Wohnen (format: see ``s1_sprache.py``)."""

from __future__ import annotations

PAGES = [
    {
        "key": "wohnen",
        "id": 1321,
        "parent": None,
        "icon": "icon-wohnen.png",
        "updated": "2024-11-25 11:02:37.790",
        "de": ("wohnen", "Wohnen", """
<p>Eine eigene Wohnung zu finden ist in Musterstadt nicht leicht. Die Mieten sind in den letzten Jahren gestiegen und es gibt wenige günstige Wohnungen. Planen Sie deshalb genug Zeit ein und nutzen Sie mehrere Wege.</p>
<p>Hier finden Sie Informationen zu:</p>
<ul>
<li><a href="page:wohnungssuche">Wohnungssuche</a></li>
<li><a href="page:wbs">Wohnberechtigungsschein</a></li>
<li><a href="page:mietvertrag">Mietvertrag</a> und <a href="page:nebenkosten">Nebenkosten</a></li>
</ul>
<p>Wenn Sie Ihre Wohnung verlieren oder Probleme mit dem Vermieter haben, wenden Sie sich an die Fachstelle Wohnen im Rathaus, Zimmer 114.</p>
"""),
        "en": ("housing", "Housing", """
<p>Finding a flat of your own is not easy in Musterstadt. Rents have risen in recent years and there are few affordable flats. So plan enough time and use several ways to search.</p>
<p>Here you will find information about:</p>
<ul>
<li><a href="page:wohnungssuche">Looking for a flat</a></li>
<li><a href="page:wbs">Housing entitlement certificate</a></li>
<li><a href="page:mietvertrag">Rental contract</a> and <a href="page:nebenkosten">service charges</a></li>
</ul>
<p>If you lose your flat or have problems with your landlord, contact the housing office (<span class="notranslate" translate="no" dir="ltr">Fachstelle Wohnen</span>) in the town hall, room 114.</p>
"""),
        "ar": ("السكن", "السكن", """
<p dir="rtl">ليس من السهل العثور على شقة خاصة في موسترشتات. فقد ارتفعت الإيجارات في السنوات الأخيرة، والشقق ذات الأسعار المعقولة قليلة. لذلك خطّط لوقت كافٍ واستخدم عدة طرق للبحث.</p>
<p dir="rtl">تجد هنا معلومات عن:</p>
<ul dir="rtl">
<li><a href="page:wohnungssuche">البحث عن شقة</a></li>
<li><a href="page:wbs">شهادة استحقاق السكن</a></li>
<li><a href="page:mietvertrag">عقد الإيجار</a> و<a href="page:nebenkosten">التكاليف الإضافية</a></li>
</ul>
<p dir="rtl">إذا فقدت شقتك أو واجهت مشكلات مع المؤجر، توجّه إلى قسم السكن (<span class="notranslate" translate="no" dir="ltr">Fachstelle Wohnen</span>) في مبنى البلدية، الغرفة 114.</p>
"""),
        "fa": ("مسکن", "مسکن", """
<p dir="rtl">پیدا کردن یک خانه شخصی در موسترشتات آسان نیست. اجاره‌ها در سال‌های اخیر بالا رفته و خانه ارزان کم است. پس زمان کافی در نظر بگیرید و از چند راه جست‌وجو کنید.</p>
<p dir="rtl">در اینجا اطلاعاتی درباره این موضوعات پیدا می‌کنید:</p>
<ul dir="rtl">
<li><a href="page:wohnungssuche">جست‌وجوی خانه</a></li>
<li><a href="page:wbs">گواهی استحقاق مسکن</a></li>
<li><a href="page:mietvertrag">قرارداد اجاره</a> و <a href="page:nebenkosten">هزینه‌های جانبی</a></li>
</ul>
<p dir="rtl">اگر خانه‌تان را از دست دادید یا با صاحب‌خانه مشکل دارید، به بخش مسکن (<span class="notranslate" translate="no" dir="ltr">Fachstelle Wohnen</span>) در شهرداری، اتاق ۱۱۴ مراجعه کنید.</p>
"""),
        "uk": ("житло", "Житло", """
<p>Знайти власне житло в Мустерштадті непросто. За останні роки оренда подорожчала, а доступних квартир мало. Тому заплануйте достатньо часу й шукайте кількома способами.</p>
<p>Тут ви знайдете інформацію про:</p>
<ul>
<li><a href="page:wohnungssuche">Пошук житла</a></li>
<li><a href="page:wbs">Довідку на право соціального житла</a></li>
<li><a href="page:mietvertrag">Договір оренди</a> та <a href="page:nebenkosten">комунальні платежі</a></li>
</ul>
<p>Якщо ви втрачаєте житло або маєте проблеми з орендодавцем, зверніться до житлового відділу (<span class="notranslate" translate="no" dir="ltr">Fachstelle Wohnen</span>) у ратуші, кімната 114.</p>
"""),
    },
    {
        "key": "wohnungssuche",
        "id": 1322,
        "parent": "wohnen",
        "icon": None,
        "updated": "2025-07-07 14:26:50.118",
        "de": ("wohnungssuche", "Wohnungssuche", """
<p>So finden Sie Wohnungsangebote in Musterstadt:</p>
<ul>
<li>Wohnungsportale im Internet und Anzeigen in der Zeitung</li>
<li>die städtische Wohnungsbaugesellschaft <strong>WoBau Musterstadt</strong>: <a href="https://wobau-musterstadt.example">wobau-musterstadt.example</a></li>
<li>Aushänge in Supermärkten und Ihr persönliches Netzwerk</li>
</ul>
<h2>Vorsicht vor Betrug</h2>
<p>Zahlen Sie niemals Geld, bevor Sie die Wohnung gesehen und den Mietvertrag unterschrieben haben. Seriöse Vermieter verlangen keine Vorauszahlung per Überweisung ins Ausland.</p>
<h2>Diese Unterlagen helfen bei der Bewerbung</h2>
<ul>
<li>Kopie von Pass und Aufenthaltstitel</li>
<li>Einkommensnachweise oder eine Kostenübernahme vom Jobcenter</li>
<li>Mietschuldenfreiheitsbescheinigung vom letzten Vermieter</li>
</ul>
<p>Wenn Sie Bürgergeld bekommen, fragen Sie das Jobcenter <em>vor</em> der Unterschrift, ob die Miete angemessen ist.</p>
"""),
        "en": ("looking-for-a-flat", "Looking for a flat", """
<p>This is how you find flats on offer in Musterstadt:</p>
<ul>
<li>housing portals on the internet and advertisements in the newspaper</li>
<li>the municipal housing company <strong>WoBau Musterstadt</strong>: <a href="https://wobau-musterstadt.example">wobau-musterstadt.example</a></li>
<li>notices in supermarkets and your personal network</li>
</ul>
<h2>Beware of fraud</h2>
<p>Never pay money before you have seen the flat and signed the rental contract. Reputable landlords do not ask for advance payment by bank transfer abroad.</p>
<h2>These documents help with your application</h2>
<ul>
<li>copy of your passport and residence permit</li>
<li>proof of income or a confirmation from the Jobcenter that it will cover the costs</li>
<li>a certificate from your last landlord that you have no rent arrears (<span class="notranslate" translate="no" dir="ltr">Mietschuldenfreiheitsbescheinigung</span>)</li>
</ul>
<p>If you receive citizen's income, ask the Jobcenter <em>before</em> signing whether the rent is appropriate.</p>
"""),
        "ar": ("البحث-عن-شقة", "البحث عن شقة", """
<p dir="rtl">هكذا تجد عروض الشقق في موسترشتات:</p>
<ul dir="rtl">
<li>منصات السكن على الإنترنت والإعلانات في الصحف</li>
<li>شركة الإسكان البلدية <strong><span class="notranslate" translate="no" dir="ltr">WoBau Musterstadt</span></strong>: <a href="https://wobau-musterstadt.example">wobau-musterstadt.example</a></li>
<li>الإعلانات المعلّقة في المتاجر الكبرى ومعارفك الشخصيون</li>
</ul>
<h2>احذر من الاحتيال</h2>
<p dir="rtl">لا تدفع أي مال قبل أن ترى الشقة وتوقّع عقد الإيجار. المؤجرون الموثوقون لا يطلبون دفعة مسبقة بتحويل مصرفي إلى الخارج.</p>
<h2>مستندات تساعدك في طلب الشقة</h2>
<ul dir="rtl">
<li>نسخة من جواز السفر وتصريح الإقامة</li>
<li>إثباتات الدخل أو تعهّد من مركز العمل بتغطية التكاليف</li>
<li>شهادة من المؤجر السابق بعدم وجود ديون إيجار (<span class="notranslate" translate="no" dir="ltr">Mietschuldenfreiheitsbescheinigung</span>)</li>
</ul>
<p dir="rtl">إذا كنت تحصل على إعانة المواطن، فاسأل مركز العمل <em>قبل</em> التوقيع عمّا إذا كان الإيجار مناسباً.</p>
"""),
        "fa": ("جستجوی-خانه", "جست‌وجوی خانه", """
<p dir="rtl">این‌طور می‌توانید آگهی‌های خانه در موسترشتات را پیدا کنید:</p>
<ul dir="rtl">
<li>سایت‌های اینترنتی مسکن و آگهی‌های روزنامه</li>
<li>شرکت مسکن شهری <strong><span class="notranslate" translate="no" dir="ltr">WoBau Musterstadt</span></strong>: <a href="https://wobau-musterstadt.example">wobau-musterstadt.example</a></li>
<li>آگهی‌های دیواری در فروشگاه‌ها و آشنایان خودتان</li>
</ul>
<h2>مراقب کلاهبرداری باشید</h2>
<p dir="rtl">هرگز پیش از دیدن خانه و امضای قرارداد اجاره پولی نپردازید. صاحب‌خانه‌های معتبر پیش‌پرداخت از طریق حواله به خارج از کشور نمی‌خواهند.</p>
<h2>این مدارک به درخواست شما کمک می‌کنند</h2>
<ul dir="rtl">
<li>کپی گذرنامه و اجازه اقامت</li>
<li>مدارک درآمد یا تعهد پرداخت هزینه از طرف اداره کار</li>
<li>گواهی نداشتن بدهی اجاره از صاحب‌خانه قبلی (<span class="notranslate" translate="no" dir="ltr">Mietschuldenfreiheitsbescheinigung</span>)</li>
</ul>
<p dir="rtl">اگر کمک‌هزینه شهروندی می‌گیرید، <em>پیش از</em> امضا از اداره کار بپرسید که آیا اجاره مناسب است.</p>
"""),
        "uk": ("пошук-житла", "Пошук житла", """
<p>Ось як знайти пропозиції житла в Мустерштадті:</p>
<ul>
<li>житлові портали в інтернеті та оголошення в газетах</li>
<li>міська житлова компанія <strong>WoBau Musterstadt</strong>: <a href="https://wobau-musterstadt.example">wobau-musterstadt.example</a></li>
<li>оголошення в супермаркетах і ваші особисті знайомства</li>
</ul>
<h2>Остерігайтеся шахраїв</h2>
<p>Ніколи не платіть гроші, доки не побачили квартиру й не підписали договір оренди. Сумлінні орендодавці не вимагають передоплати переказом за кордон.</p>
<h2>Ці документи допоможуть під час подання заявки</h2>
<ul>
<li>копія паспорта та посвідки на проживання</li>
<li>підтвердження доходу або гарантія оплати від джобцентру</li>
<li>довідка від попереднього орендодавця про відсутність боргів з оренди (<span class="notranslate" translate="no" dir="ltr">Mietschuldenfreiheitsbescheinigung</span>)</li>
</ul>
<p>Якщо ви отримуєте громадянську допомогу (<span class="notranslate" translate="no" dir="ltr">Bürgergeld</span>), запитайте в джобцентрі <em>до</em> підписання, чи прийнятна ця орендна плата.</p>
"""),
    },
    {
        "key": "wbs",
        "id": 1323,
        "parent": "wohnen",
        "icon": None,
        "updated": "2025-02-24 10:47:13.565",
        "de": ("wohnberechtigungsschein", "Wohnberechtigungsschein", """
<p>Für Sozialwohnungen brauchen Sie einen <strong>Wohnberechtigungsschein</strong> (WBS). Sozialwohnungen sind günstiger als andere Wohnungen.</p>
<p>Sie bekommen den WBS, wenn Ihr Einkommen unter einer bestimmten Grenze liegt und Sie sich voraussichtlich länger als ein Jahr in Deutschland aufhalten dürfen.</p>
<h2>Antrag</h2>
<p>Den Antrag stellen Sie beim Amt für Wohnen, Rathausplatz 4, Zimmer 108.<br>Sprechzeiten: Montag und Donnerstag 8:30–12:00 Uhr.</p>
<p>Bringen Sie Einkommensnachweise aller Personen im Haushalt, Ihren Aufenthaltstitel und Ihre Meldebescheinigung mit. Der WBS gilt ein Jahr und ist kostenlos.</p>
<p>Fragen? Schreiben Sie an <a href="mailto:wohnen@musterstadt.example">wohnen@musterstadt.example</a> oder rufen Sie an: <a href="tel:+498999998240">089 99998-240</a>.</p>
"""),
        "en": ("housing-entitlement-certificate", "Housing entitlement certificate", """
<p>For social housing you need a <strong>housing entitlement certificate</strong> (<span class="notranslate" translate="no" dir="ltr">Wohnberechtigungsschein</span>, WBS). Social housing is cheaper than other flats.</p>
<p>You get the WBS if your income is below a certain limit and you are likely to be allowed to stay in Germany for more than one year.</p>
<h2>Application</h2>
<p>You apply at the housing office (<span class="notranslate" translate="no" dir="ltr">Amt für Wohnen</span>), Rathausplatz 4, room 108.<br>Office hours: Monday and Thursday 8:30 am – 12:00 noon.</p>
<p>Bring proof of income for everyone in the household, your residence permit and your registration certificate. The WBS is valid for one year and is free of charge.</p>
<p>Questions? Write to <a href="mailto:wohnen@musterstadt.example">wohnen@musterstadt.example</a> or call: <a href="tel:+498999998240">089 99998-240</a>.</p>
"""),
        "ar": ("شهادة-استحقاق-السكن", "شهادة استحقاق السكن", """
<p dir="rtl">تحتاج للحصول على شقة اجتماعية إلى <strong>شهادة استحقاق السكن</strong> (<span class="notranslate" translate="no" dir="ltr">Wohnberechtigungsschein</span>، WBS). الشقق الاجتماعية أرخص من الشقق الأخرى.</p>
<p dir="rtl">تحصل على الشهادة إذا كان دخلك أقل من حدّ معيّن، وكان من المتوقع أن يُسمح لك بالبقاء في ألمانيا أكثر من سنة.</p>
<h2>الطلب</h2>
<p dir="rtl">تقدّم الطلب لدى مكتب السكن (<span class="notranslate" translate="no" dir="ltr">Amt für Wohnen</span>)، <span class="notranslate" translate="no" dir="ltr">Rathausplatz 4</span>، الغرفة 108.<br>أوقات الاستقبال: الاثنين والخميس 8:30–12:00.</p>
<p dir="rtl">أحضر إثباتات دخل جميع أفراد الأسرة وتصريح إقامتك وشهادة تسجيل السكن. الشهادة صالحة لمدة سنة ومجانية.</p>
<p dir="rtl">لديك أسئلة؟ اكتب إلى <a href="mailto:wohnen@musterstadt.example">wohnen@musterstadt.example</a> أو اتصل على: <a href="tel:+498999998240">089 99998-240</a>.</p>
"""),
        "fa": ("گواهی-استحقاق-مسکن", "گواهی استحقاق مسکن", """
<p dir="rtl">برای خانه‌های اجتماعی به <strong>گواهی استحقاق مسکن</strong> (<span class="notranslate" translate="no" dir="ltr">Wohnberechtigungsschein</span>، WBS) نیاز دارید. خانه‌های اجتماعی از خانه‌های دیگر ارزان‌ترند.</p>
<p dir="rtl">اگر درآمدتان کمتر از حد مشخصی باشد و احتمالاً بیش از یک سال اجازه ماندن در آلمان را داشته باشید، این گواهی را دریافت می‌کنید.</p>
<h2>درخواست</h2>
<p dir="rtl">درخواست را در اداره مسکن (<span class="notranslate" translate="no" dir="ltr">Amt für Wohnen</span>)، <span class="notranslate" translate="no" dir="ltr">Rathausplatz 4</span>، اتاق ۱۰۸ ثبت می‌کنید.<br>ساعات مراجعه: دوشنبه و پنجشنبه ۸:۳۰ تا ۱۲:۰۰.</p>
<p dir="rtl">مدارک درآمد همه اعضای خانوار، اجازه اقامت و گواهی ثبت نشانی خود را همراه بیاورید. این گواهی یک سال اعتبار دارد و رایگان است.</p>
<p dir="rtl">پرسشی دارید؟ به <a href="mailto:wohnen@musterstadt.example">wohnen@musterstadt.example</a> بنویسید یا تماس بگیرید: <a href="tel:+498999998240">089 99998-240</a>.</p>
"""),
        "uk": ("довідка-на-соціальне-житло", "Довідка на право соціального житла", """
<p>Для соціального житла вам потрібна <strong>довідка на право соціального житла</strong> (<span class="notranslate" translate="no" dir="ltr">Wohnberechtigungsschein</span>, WBS). Соціальні квартири дешевші за інші.</p>
<p>Ви отримаєте WBS, якщо ваш дохід нижчий за певну межу і вам, імовірно, дозволено перебувати в Німеччині понад рік.</p>
<h2>Заява</h2>
<p>Заяву подають до житлового управління (<span class="notranslate" translate="no" dir="ltr">Amt für Wohnen</span>), Rathausplatz 4, кімната 108.<br>Години прийому: понеділок і четвер 8:30–12:00.</p>
<p>Візьміть підтвердження доходу всіх членів домогосподарства, посвідку на проживання та довідку про реєстрацію місця проживання. WBS дійсна один рік і видається безкоштовно.</p>
<p>Маєте запитання? Пишіть на <a href="mailto:wohnen@musterstadt.example">wohnen@musterstadt.example</a> або телефонуйте: <a href="tel:+498999998240">089 99998-240</a>.</p>
"""),
    },
    {
        "key": "mietvertrag",
        "id": 1324,
        "parent": "wohnen",
        "icon": None,
        "updated": "2024-12-16 16:12:48.207",
        "de": ("mietvertrag", "Mietvertrag", """
<p>Der Mietvertrag regelt Ihre Rechte und Pflichten als Mieterin oder Mieter. Lesen Sie ihn genau, bevor Sie unterschreiben. Lassen Sie sich den Vertrag erklären, wenn Sie etwas nicht verstehen.</p>
<h2>Das steht im Mietvertrag</h2>
<ul>
<li>die <strong>Kaltmiete</strong> und die <a href="page:nebenkosten">Nebenkosten</a></li>
<li>die <strong>Kaution</strong>: höchstens drei Kaltmieten</li>
<li>die Kündigungsfrist: für Mieter meistens drei Monate</li>
<li>die Hausordnung, zum Beispiel Ruhezeiten und Mülltrennung</li>
</ul>
<h2>Wohnungsgeberbestätigung</h2>
<p>Nach dem Einzug bekommen Sie vom Vermieter eine Wohnungsgeberbestätigung. Damit melden Sie sich innerhalb von zwei Wochen im Bürgerbüro an.</p>
<p>Der Mieterverein Musterstadt berät Mitglieder bei Problemen mit dem Vermieter: <a href="https://mieterverein-musterstadt.example">mieterverein-musterstadt.example</a></p>
"""),
        "en": ("rental-contract", "Rental contract", """
<p>The rental contract sets out your rights and duties as a tenant. Read it carefully before you sign. Ask someone to explain the contract if you do not understand something.</p>
<h2>What the rental contract says</h2>
<ul>
<li>the <strong>basic rent</strong> and the <a href="page:nebenkosten">service charges</a></li>
<li>the <strong>deposit</strong>: at most three months' basic rent</li>
<li>the notice period: usually three months for tenants</li>
<li>the house rules, for example quiet hours and waste separation</li>
</ul>
<h2>Landlord's confirmation</h2>
<p>After moving in, you receive a landlord's confirmation (<span class="notranslate" translate="no" dir="ltr">Wohnungsgeberbestätigung</span>). With it you register at the citizens' office within two weeks.</p>
<p>The Musterstadt tenants' association advises members who have problems with their landlord: <a href="https://mieterverein-musterstadt.example">mieterverein-musterstadt.example</a></p>
"""),
        "ar": ("عقد-الإيجار", "عقد الإيجار", """
<p dir="rtl">ينظّم عقد الإيجار حقوقك وواجباتك بصفتك مستأجراً. اقرأه بعناية قبل التوقيع، واطلب شرح العقد إذا لم تفهم شيئاً.</p>
<h2>ماذا يتضمّن عقد الإيجار؟</h2>
<ul dir="rtl">
<li><strong>الإيجار الأساسي</strong> و<a href="page:nebenkosten">التكاليف الإضافية</a></li>
<li><strong>التأمين</strong>: ثلاثة إيجارات أساسية كحدّ أقصى</li>
<li>مهلة الإنهاء: غالباً ثلاثة أشهر للمستأجر</li>
<li>نظام المبنى، مثل أوقات الهدوء وفرز النفايات</li>
</ul>
<h2>تأكيد المؤجر</h2>
<p dir="rtl">بعد الانتقال تحصل من المؤجر على تأكيد السكن (<span class="notranslate" translate="no" dir="ltr">Wohnungsgeberbestätigung</span>). بهذا التأكيد تسجّل سكنك في مكتب خدمة المواطنين خلال أسبوعين.</p>
<p dir="rtl">تقدّم جمعية المستأجرين في موسترشتات المشورة لأعضائها عند وجود مشكلات مع المؤجر: <a href="https://mieterverein-musterstadt.example">mieterverein-musterstadt.example</a></p>
"""),
        "fa": ("قرارداد-اجاره", "قرارداد اجاره", """
<p dir="rtl">قرارداد اجاره حقوق و وظایف شما را به‌عنوان مستأجر مشخص می‌کند. پیش از امضا آن را با دقت بخوانید. اگر چیزی را نمی‌فهمید، از کسی بخواهید قرارداد را برایتان توضیح دهد.</p>
<h2>در قرارداد اجاره چه نوشته شده است؟</h2>
<ul dir="rtl">
<li><strong>اجاره پایه</strong> و <a href="page:nebenkosten">هزینه‌های جانبی</a></li>
<li><strong>ودیعه</strong>: حداکثر سه برابر اجاره پایه</li>
<li>مهلت فسخ: برای مستأجر معمولاً سه ماه</li>
<li>مقررات ساختمان، مثلاً ساعات سکوت و تفکیک زباله</li>
</ul>
<h2>تأییدیه صاحب‌خانه</h2>
<p dir="rtl">پس از اسباب‌کشی، از صاحب‌خانه تأییدیه سکونت (<span class="notranslate" translate="no" dir="ltr">Wohnungsgeberbestätigung</span>) می‌گیرید. با آن ظرف دو هفته در دفتر خدمات شهروندی ثبت نشانی می‌کنید.</p>
<p dir="rtl">انجمن مستأجران موسترشتات به اعضای خود در مشکلات با صاحب‌خانه مشاوره می‌دهد: <a href="https://mieterverein-musterstadt.example">mieterverein-musterstadt.example</a></p>
"""),
    },
    {
        "key": "nebenkosten",
        "id": 1325,
        "parent": "mietvertrag",
        "icon": None,
        "updated": "2024-12-16 16:30:02.954",
        "de": ("nebenkosten", "Nebenkosten", """
<p>Neben der Kaltmiete zahlen Sie jeden Monat eine <strong>Vorauszahlung für Nebenkosten</strong>. Dazu gehören zum Beispiel Wasser, Müllabfuhr, Hausreinigung und oft auch die Heizung. Kaltmiete und Nebenkosten zusammen nennt man <em>Warmmiete</em>.</p>
<p>Strom ist meistens nicht in den Nebenkosten enthalten. Dafür schließen Sie einen eigenen Vertrag mit einem Stromanbieter ab.</p>
<h2>Die Nebenkostenabrechnung</h2>
<p>Einmal im Jahr bekommen Sie eine Abrechnung. Haben Sie weniger verbraucht, bekommen Sie Geld zurück. Haben Sie mehr verbraucht, müssen Sie nachzahlen.</p>
<ul>
<li>Prüfen Sie die Abrechnung. Sie haben das Recht, die Belege anzusehen.</li>
<li>Wenn Sie Bürgergeld bekommen, bringen Sie die Abrechnung sofort zum Jobcenter. Oft übernimmt das Jobcenter eine Nachzahlung.</li>
</ul>
<p>Tipp zum Sparen: Lüften Sie mehrmals am Tag kurz mit weit geöffnetem Fenster, statt das Fenster lange zu kippen.</p>
"""),
    },
]
