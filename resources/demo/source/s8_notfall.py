"""Demo pages: Notfall & Hilfe (format: see ``s1_sprache.py``)."""

from __future__ import annotations

PAGES = [
    {
        "key": "notfall-hilfe",
        "id": 1371,
        "parent": None,
        "icon": "icon-notfall.png",
        "updated": "2024-11-13 17:05:58.610",
        "de": ("notfall-und-hilfe", "Notfall & Hilfe", """
<p>Im Notfall zählt jede Minute. Speichern Sie die wichtigsten <a href="page:notrufnummern">Notrufnummern</a> in Ihrem Handy. Alle Notrufnummern sind kostenlos und rund um die Uhr erreichbar.</p>
<p>Wenn Sie oder Ihre Kinder Gewalt erleben, finden Sie Hilfe unter <a href="page:hilfe-gewalt">Hilfe bei Gewalt</a>. Sie sind nicht allein.</p>
"""),
        "en": ("emergencies-and-help", "Emergencies & help", """
<p>In an emergency, every minute counts. Save the most important <a href="page:notrufnummern">emergency numbers</a> in your mobile phone. All emergency numbers are free of charge and available around the clock.</p>
<p>If you or your children experience violence, you can find help under <a href="page:hilfe-gewalt">Help with violence</a>. You are not alone.</p>
"""),
        "ar": ("الطوارئ-والمساعدة", "الطوارئ والمساعدة", """
<p dir="rtl">في حالات الطوارئ كل دقيقة مهمة. احفظ أهم <a href="page:notrufnummern">أرقام الطوارئ</a> في هاتفك المحمول. جميع أرقام الطوارئ مجانية ومتاحة على مدار الساعة.</p>
<p dir="rtl">إذا تعرّضت أنت أو أطفالك للعنف، تجد المساعدة في صفحة <a href="page:hilfe-gewalt">المساعدة في حالات العنف</a>. لست وحدك.</p>
"""),
        "fa": ("اورژانس-و-کمک", "اورژانس و کمک", """
<p dir="rtl">در شرایط اضطراری هر دقیقه مهم است. مهم‌ترین <a href="page:notrufnummern">شماره‌های اضطراری</a> را در تلفن همراه خود ذخیره کنید. همه شماره‌های اضطراری رایگان هستند و شبانه‌روز پاسخ می‌دهند.</p>
<p dir="rtl">اگر شما یا فرزندانتان با خشونت روبه‌رو هستید، در صفحه <a href="page:hilfe-gewalt">کمک در برابر خشونت</a> راه کمک را پیدا می‌کنید. شما تنها نیستید.</p>
"""),
        "uk": ("екстрені-випадки-та-допомога", "Екстрені випадки та допомога", """
<p>В екстреному випадку важить кожна хвилина. Збережіть найважливіші <a href="page:notrufnummern">номери екстрених служб</a> у своєму мобільному телефоні. Усі екстрені номери безкоштовні й доступні цілодобово.</p>
<p>Якщо ви або ваші діти зазнаєте насильства, допомогу можна знайти на сторінці <a href="page:hilfe-gewalt">Допомога в разі насильства</a>. Ви не самі.</p>
"""),
    },
    {
        "key": "notrufnummern",
        "id": 1372,
        "parent": "notfall-hilfe",
        "icon": None,
        "updated": "2025-01-27 12:18:40.093",
        "de": ("notrufnummern", "Wichtige Notrufnummern", """
<h2>📞 Notrufnummern</h2>
<ul>
<li><strong>Polizei:</strong> <a href="tel:110">110</a></li>
<li><strong>Feuerwehr und Rettungsdienst:</strong> <a href="tel:112">112</a></li>
<li><strong>Ärztlicher Bereitschaftsdienst:</strong> <a href="tel:116117">116117</a></li>
<li><strong>Hilfetelefon Gewalt gegen Frauen:</strong> <a href="tel:116016">116016</a></li>
</ul>
<hr>
<h3>Weitere Nummern in Musterstadt</h3>
<p>Giftnotruf: <a href="tel:+498999998911">089 99998-911</a><br>Apotheken-Notdienst: <a href="https://apotheken.musterstadt.example">apotheken.musterstadt.example</a><br>Krisendienst Psychiatrie: <a href="tel:+498999998922">089 99998-922</a></p>
<p>Wenn Sie kein Deutsch sprechen, sagen Sie am Telefon zuerst Ihre Sprache, zum Beispiel „Arabisch“ oder „Englisch“. Die Leitstelle versucht, einen Dolmetscher dazuzuholen.</p>
"""),
        "en": ("emergency-numbers", "Important emergency numbers", """
<h2>📞 Emergency numbers</h2>
<ul>
<li><strong>Police:</strong> <a href="tel:110">110</a></li>
<li><strong>Fire brigade and ambulance:</strong> <a href="tel:112">112</a></li>
<li><strong>Out-of-hours medical service:</strong> <a href="tel:116117">116117</a></li>
<li><strong>Violence against women helpline:</strong> <a href="tel:116016">116016</a></li>
</ul>
<hr>
<h3>Other numbers in Musterstadt</h3>
<p>Poison emergency line: <a href="tel:+498999998911">089 99998-911</a><br>Emergency pharmacies: <a href="https://apotheken.musterstadt.example">apotheken.musterstadt.example</a><br>Psychiatric crisis service: <a href="tel:+498999998922">089 99998-922</a></p>
<p>If you do not speak German, first say your language on the phone, for example “Arabic” or “English”. The control centre will try to bring in an interpreter.</p>
"""),
        "ar": ("أرقام-الطوارئ", "أرقام الطوارئ المهمة", """
<h2>📞 أرقام الطوارئ</h2>
<ul dir="rtl">
<li><strong>الشرطة:</strong> <a href="tel:110">110</a></li>
<li><strong>الإطفاء والإسعاف:</strong> <a href="tel:112">112</a></li>
<li><strong>خدمة الطبيب المناوب:</strong> <a href="tel:116117">116117</a></li>
<li><strong>هاتف المساعدة للنساء المعنَّفات:</strong> <a href="tel:116016">116016</a></li>
</ul>
<hr>
<h3>أرقام أخرى في موسترشتات</h3>
<p dir="rtl">طوارئ التسمم: <a href="tel:+498999998911">089 99998-911</a><br>الصيدليات المناوبة: <a href="https://apotheken.musterstadt.example">apotheken.musterstadt.example</a><br>خدمة الأزمات النفسية: <a href="tel:+498999998922">089 99998-922</a></p>
<p dir="rtl">إذا كنت لا تتحدث الألمانية، فاذكر لغتك أولاً على الهاتف، مثلاً <span class="notranslate" translate="no" dir="ltr">„Arabisch“</span> أو <span class="notranslate" translate="no" dir="ltr">„Englisch“</span>. سيحاول مركز الاتصال إشراك مترجم.</p>
"""),
        "fa": ("شماره-های-اضطراری", "شماره‌های اضطراری مهم", """
<h2>📞 شماره‌های اضطراری</h2>
<ul dir="rtl">
<li><strong>پلیس:</strong> <a href="tel:110">110</a></li>
<li><strong>آتش‌نشانی و آمبولانس:</strong> <a href="tel:112">112</a></li>
<li><strong>پزشک کشیک:</strong> <a href="tel:116117">116117</a></li>
<li><strong>خط کمک برای زنان در برابر خشونت:</strong> <a href="tel:116016">116016</a></li>
</ul>
<hr>
<h3>شماره‌های دیگر در موسترشتات</h3>
<p dir="rtl">اورژانس مسمومیت: <a href="tel:+498999998911">089 99998-911</a><br>داروخانه‌های کشیک: <a href="https://apotheken.musterstadt.example">apotheken.musterstadt.example</a><br>خدمات بحران روانی: <a href="tel:+498999998922">089 99998-922</a></p>
<p dir="rtl">اگر آلمانی صحبت نمی‌کنید، پشت تلفن اول زبان خود را بگویید، مثلاً <span class="notranslate" translate="no" dir="ltr">„Persisch“</span> یا <span class="notranslate" translate="no" dir="ltr">„Englisch“</span>. مرکز فوریت‌ها تلاش می‌کند مترجم بیاورد.</p>
"""),
        "uk": ("екстрені-номери", "Важливі екстрені номери", """
<h2>📞 Екстрені номери</h2>
<ul>
<li><strong>Поліція:</strong> <a href="tel:110">110</a></li>
<li><strong>Пожежна охорона та швидка допомога:</strong> <a href="tel:112">112</a></li>
<li><strong>Чергова лікарська служба:</strong> <a href="tel:116117">116117</a></li>
<li><strong>Гаряча лінія «Насильство щодо жінок»:</strong> <a href="tel:116016">116016</a></li>
</ul>
<hr>
<h3>Інші номери в Мустерштадті</h3>
<p>Токсикологічна служба: <a href="tel:+498999998911">089 99998-911</a><br>Чергові аптеки: <a href="https://apotheken.musterstadt.example">apotheken.musterstadt.example</a><br>Психіатрична кризова служба: <a href="tel:+498999998922">089 99998-922</a></p>
<p>Якщо ви не говорите німецькою, спершу назвіть телефоном свою мову, наприклад <span class="notranslate" translate="no" dir="ltr">„Ukrainisch“</span> або <span class="notranslate" translate="no" dir="ltr">„Englisch“</span>. Диспетчерська служба спробує залучити перекладача.</p>
"""),
    },
    {
        "key": "hilfe-gewalt",
        "id": 1373,
        "parent": "notfall-hilfe",
        "icon": None,
        "updated": "2025-04-14 09:26:11.882",
        "de": ("hilfe-bei-gewalt", "Hilfe bei Gewalt", """
<p>Gewalt ist in Deutschland verboten – auch in der Familie und in der Ehe. Das gilt für körperliche, sexuelle und psychische Gewalt.</p>
<p>In akuter Gefahr rufen Sie die Polizei: <a href="tel:110">110</a>. Die Polizei kann die gewalttätige Person für bis zu 14 Tage aus der Wohnung schicken.</p>
<h2>Beratung und Schutz</h2>
<ul>
<li>Das <strong>Hilfetelefon</strong> <a href="tel:116016">116016</a> berät Frauen anonym, kostenlos und in 18 Sprachen.</li>
<li>Das <strong>Frauenhaus Musterstadt</strong> nimmt Frauen und ihre Kinder auf, Tag und Nacht: <a href="tel:+498999998700">089 99998-700</a></li>
<li>Die Fachberatung gegen häusliche Gewalt berät auch Männer: <a href="mailto:hilfe@beratung-musterstadt.example">hilfe@beratung-musterstadt.example</a></li>
</ul>
<p>Ihr Aufenthaltsrecht hängt nicht davon ab, ob Sie sich trennen. Lassen Sie sich dazu beraten.</p>
"""),
        "en": ("help-with-violence", "Help with violence", """
<p>Violence is forbidden in Germany – also within the family and in marriage. This applies to physical, sexual and psychological violence.</p>
<p>If you are in immediate danger, call the police: <a href="tel:110">110</a>. The police can send the violent person out of the home for up to 14 days.</p>
<h2>Counselling and protection</h2>
<ul>
<li>The <strong>helpline</strong> <a href="tel:116016">116016</a> advises women anonymously, free of charge and in 18 languages.</li>
<li>The <strong>women's shelter Musterstadt</strong> (<span class="notranslate" translate="no" dir="ltr">Frauenhaus</span>) takes in women and their children, day and night: <a href="tel:+498999998700">089 99998-700</a></li>
<li>The specialist counselling service against domestic violence also advises men: <a href="mailto:hilfe@beratung-musterstadt.example">hilfe@beratung-musterstadt.example</a></li>
</ul>
<p>Your right of residence does not depend on whether you separate. Get advice on this.</p>
"""),
        "ar": ("المساعدة-في-حالات-العنف", "المساعدة في حالات العنف", """
<p dir="rtl">العنف ممنوع في ألمانيا – داخل الأسرة وفي الزواج أيضاً. وهذا يشمل العنف الجسدي والجنسي والنفسي.</p>
<p dir="rtl">عند الخطر الداهم اتصل بالشرطة: <a href="tel:110">110</a>. يمكن للشرطة إبعاد الشخص العنيف عن المسكن لمدة تصل إلى 14 يوماً.</p>
<h2>الاستشارة والحماية</h2>
<ul dir="rtl">
<li>يقدّم <strong>هاتف المساعدة</strong> <a href="tel:116016">116016</a> المشورة للنساء دون الكشف عن الهوية ومجاناً وبـ 18 لغة.</li>
<li>يستقبل <strong>بيت النساء في موسترشتات</strong> (<span class="notranslate" translate="no" dir="ltr">Frauenhaus</span>) النساء وأطفالهن ليلاً ونهاراً: <a href="tel:+498999998700">089 99998-700</a></li>
<li>تقدّم الاستشارة المتخصصة لمكافحة العنف المنزلي المشورة للرجال أيضاً: <a href="mailto:hilfe@beratung-musterstadt.example">hilfe@beratung-musterstadt.example</a></li>
</ul>
<p dir="rtl">حقك في الإقامة لا يتوقف على انفصالك أو عدمه. اطلب المشورة في ذلك.</p>
"""),
        "fa": ("کمک-در-برابر-خشونت", "کمک در برابر خشونت", """
<p dir="rtl">خشونت در آلمان ممنوع است – در خانواده و در ازدواج هم. این شامل خشونت جسمی، جنسی و روانی می‌شود.</p>
<p dir="rtl">در خطر فوری با پلیس تماس بگیرید: <a href="tel:110">110</a>. پلیس می‌تواند فرد خشن را تا ۱۴ روز از خانه بیرون کند.</p>
<h2>مشاوره و حمایت</h2>
<ul dir="rtl">
<li><strong>خط کمک</strong> <a href="tel:116016">116016</a> به زنان به‌صورت ناشناس، رایگان و به ۱۸ زبان مشاوره می‌دهد.</li>
<li><strong>خانه امن زنان موسترشتات</strong> (<span class="notranslate" translate="no" dir="ltr">Frauenhaus</span>) شبانه‌روز زنان و فرزندانشان را می‌پذیرد: <a href="tel:+498999998700">089 99998-700</a></li>
<li>مرکز مشاوره تخصصی در برابر خشونت خانگی به مردان هم مشاوره می‌دهد: <a href="mailto:hilfe@beratung-musterstadt.example">hilfe@beratung-musterstadt.example</a></li>
</ul>
<p dir="rtl">حق اقامت شما به جدا شدن یا نشدن شما بستگی ندارد. در این باره مشاوره بگیرید.</p>
"""),
        "uk": ("допомога-в-разі-насильства", "Допомога в разі насильства", """
<p>Насильство в Німеччині заборонене — зокрема в сім'ї та в шлюбі. Це стосується фізичного, сексуального та психологічного насильства.</p>
<p>У разі безпосередньої небезпеки телефонуйте в поліцію: <a href="tel:110">110</a>. Поліція може виселити кривдника з помешкання на строк до 14 днів.</p>
<h2>Консультація та захист</h2>
<ul>
<li><strong>Гаряча лінія</strong> <a href="tel:116016">116016</a> консультує жінок анонімно, безкоштовно та 18 мовами.</li>
<li><strong>Жіночий притулок Мустерштадта</strong> (<span class="notranslate" translate="no" dir="ltr">Frauenhaus</span>) приймає жінок і їхніх дітей удень і вночі: <a href="tel:+498999998700">089 99998-700</a></li>
<li>Спеціалізована консультація проти домашнього насильства консультує й чоловіків: <a href="mailto:hilfe@beratung-musterstadt.example">hilfe@beratung-musterstadt.example</a></li>
</ul>
<p>Ваше право на перебування не залежить від того, чи розлучитеся ви. Отримайте консультацію щодо цього.</p>
"""),
    },
]
