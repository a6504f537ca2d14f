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
<p>Wenn Sie oder Ihre Kinder Gewalt erleben, finden Sie Hilfe unter <a href="page:hilfe-gewalt">Hilfe bei Gewalt</a>. Sie sind nicht allein. Bei seelischen Krisen hilft der Krisendienst Psychiatrie, auch nachts und am Wochenende. Üben Sie auch mit Ihren Kindern, wie man einen Notruf macht.</p>
"""),
        "en": ("emergencies-and-help", "Emergencies & help", """
<p>In an emergency, every minute counts. Save the most important <a href="page:notrufnummern">emergency numbers</a> in your mobile phone. All emergency numbers are free of charge and available around the clock.</p>
<p>If you or your children experience violence, you can find help under <a href="page:hilfe-gewalt">Help with violence</a>. You are not alone. In a mental health crisis, the psychiatric crisis service helps, also at night and at weekends. Practise with your children how to make an emergency call.</p>
"""),
        "ar": ("الطوارئ-والمساعدة", "الطوارئ والمساعدة", """
<p dir="rtl">في حالات الطوارئ كل دقيقة مهمة. احفظ أهم <a href="page:notrufnummern">أرقام الطوارئ</a> في هاتفك المحمول. جميع أرقام الطوارئ مجانية ومتاحة على مدار الساعة.</p>
<p dir="rtl">إذا تعرّضت أنت أو أطفالك للعنف، تجد المساعدة في صفحة <a href="page:hilfe-gewalt">المساعدة في حالات العنف</a>. لست وحدك. في الأزمات النفسية تساعدك خدمة الأزمات النفسية، حتى في الليل وفي عطلة نهاية الأسبوع. تدرّب أيضاً مع أطفالك على طريقة إجراء مكالمة طوارئ.</p>
"""),
        "fa": ("اورژانس-و-کمک", "اورژانس و کمک", """
<p dir="rtl">در شرایط اضطراری هر دقیقه مهم است. مهم‌ترین <a href="page:notrufnummern">شماره‌های اضطراری</a> را در تلفن همراه خود ذخیره کنید. همه شماره‌های اضطراری رایگان هستند و شبانه‌روز پاسخ می‌دهند.</p>
<p dir="rtl">اگر شما یا فرزندانتان با خشونت روبه‌رو هستید، در صفحه <a href="page:hilfe-gewalt">کمک در برابر خشونت</a> راه کمک را پیدا می‌کنید. شما تنها نیستید. در بحران‌های روحی، خدمات بحران روانی حتی شب‌ها و آخر هفته‌ها کمک می‌کند. با فرزندانتان هم تمرین کنید که چگونه با اورژانس تماس بگیرند.</p>
"""),
        "uk": ("екстрені-випадки-та-допомога", "Екстрені випадки та допомога", """
<p>В екстреному випадку важить кожна хвилина. Збережіть найважливіші <a href="page:notrufnummern">номери екстрених служб</a> у своєму мобільному телефоні. Усі екстрені номери безкоштовні й доступні цілодобово.</p>
<p>Якщо ви або ваші діти зазнаєте насильства, допомогу можна знайти на сторінці <a href="page:hilfe-gewalt">Допомога в разі насильства</a>. Ви не самі. У разі психологічної кризи допоможе психіатрична кризова служба — також уночі та у вихідні. Потренуйтеся з дітьми, як викликати екстрену допомогу.</p>
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
<p>Speichern Sie die Nummern unter „Notfall“ in Ihrem Handy. Hängen Sie eine Liste an den Kühlschrank, damit auch Kinder und Gäste sie finden. Die Nummern 110 und 112 gelten in ganz Deutschland, die 112 auch in allen Ländern der EU.</p>
<hr>
<h3>Weitere Nummern in Musterstadt</h3>
<p>Giftnotruf: <a href="tel:+498999998911">089 99998-911</a><br>Apotheken-Notdienst: <a href="https://apotheken.musterstadt.example">apotheken.musterstadt.example</a><br>Krisendienst Psychiatrie: <a href="tel:+498999998922">089 99998-922</a><br>Polizeiinspektion Musterstadt, Am Stadtpark 3 (wenn es kein Notfall ist): <a href="tel:+498999998100">089 99998-100</a></p>
<p>Wenn Sie kein Deutsch sprechen, sagen Sie am Telefon zuerst Ihre Sprache, zum Beispiel „Arabisch“ oder „Englisch“. Die Leitstelle versucht, einen Dolmetscher dazuzuholen.</p>
<h3>So machen Sie einen Notruf</h3>
<ol>
<li>Bleiben Sie ruhig und sagen Sie Ihren Namen.</li>
<li><strong>Wo</strong> ist es passiert? Nennen Sie Ort, Straße, Hausnummer und Stockwerk.</li>
<li><strong>Was</strong> ist passiert und <strong>wie viele</strong> Menschen sind verletzt?</li>
<li><strong>Warten</strong> Sie auf Rückfragen. Legen Sie nicht als Erstes auf.</li>
</ol>
<p>Missbrauch von Notrufen ist strafbar. Aber: Wenn Sie nicht sicher sind, ob es ein Notfall ist, rufen Sie lieber an. Die Leitstelle entscheidet, welche Hilfe kommt. Der Anruf ist kostenlos und funktioniert auch ohne Guthaben. Gehörlose und hörgeschädigte Menschen können einen Notruf über die offizielle Notruf-App „nora“ absetzen.</p>
"""),
        "en": ("emergency-numbers", "Important emergency numbers", """
<h2>📞 Emergency numbers</h2>
<ul>
<li><strong>Police:</strong> <a href="tel:110">110</a></li>
<li><strong>Fire brigade and ambulance:</strong> <a href="tel:112">112</a></li>
<li><strong>Out-of-hours medical service:</strong> <a href="tel:116117">116117</a></li>
<li><strong>Violence against women helpline:</strong> <a href="tel:116016">116016</a></li>
</ul>
<p>Save the numbers under “Emergency” in your mobile phone. Put a list on the fridge so that children and guests can find them too. The numbers 110 and 112 work throughout Germany, and 112 also works in all EU countries.</p>
<hr>
<h3>Other numbers in Musterstadt</h3>
<p>Poison emergency line: <a href="tel:+498999998911">089 99998-911</a><br>Emergency pharmacies: <a href="https://apotheken.musterstadt.example">apotheken.musterstadt.example</a><br>Psychiatric crisis service: <a href="tel:+498999998922">089 99998-922</a><br>Musterstadt police station, Am Stadtpark 3 (if it is not an emergency): <a href="tel:+498999998100">089 99998-100</a></p>
<p>If you do not speak German, first say your language on the phone, for example “Arabic” or “English”. The control centre will try to bring in an interpreter.</p>
<h3>How to make an emergency call</h3>
<ol>
<li>Stay calm and say your name.</li>
<li><strong>Where</strong> did it happen? Give the town, street, house number and floor.</li>
<li><strong>What</strong> happened and <strong>how many</strong> people are injured?</li>
<li><strong>Wait</strong> for questions. Do not hang up first.</li>
</ol>
<p>Misusing emergency numbers is a criminal offence. But if you are not sure whether it is an emergency, it is better to call. The control centre decides what help is sent. The call is free of charge and also works without credit. Deaf and hard-of-hearing people can make an emergency call with the official emergency app “nora”.</p>
"""),
        "ar": ("أرقام-الطوارئ", "أرقام الطوارئ المهمة", """
<h2>📞 أرقام الطوارئ</h2>
<ul dir="rtl">
<li><strong>الشرطة:</strong> <a href="tel:110">110</a></li>
<li><strong>الإطفاء والإسعاف:</strong> <a href="tel:112">112</a></li>
<li><strong>خدمة الطبيب المناوب:</strong> <a href="tel:116117">116117</a></li>
<li><strong>هاتف المساعدة للنساء المعنَّفات:</strong> <a href="tel:116016">116016</a></li>
</ul>
<p dir="rtl">احفظ الأرقام في هاتفك المحمول تحت اسم „طوارئ“. وعلّق قائمة بها على الثلاجة كي يجدها الأطفال والضيوف أيضاً. الرقمان 110 و112 صالحان في جميع أنحاء ألمانيا، والرقم 112 صالح أيضاً في جميع دول الاتحاد الأوروبي.</p>
<hr>
<h3>أرقام أخرى في موسترشتات</h3>
<p dir="rtl">طوارئ التسمم: <a href="tel:+498999998911">089 99998-911</a><br>الصيدليات المناوبة: <a href="https://apotheken.musterstadt.example">apotheken.musterstadt.example</a><br>خدمة الأزمات النفسية: <a href="tel:+498999998922">089 99998-922</a><br>مركز شرطة موسترشتات، <span class="notranslate" translate="no" dir="ltr">Am Stadtpark 3</span> (إذا لم تكن الحالة طارئة): <a href="tel:+498999998100">089 99998-100</a></p>
<p dir="rtl">إذا كنت لا تتحدث الألمانية، فاذكر لغتك أولاً على الهاتف، مثلاً <span class="notranslate" translate="no" dir="ltr">„Arabisch“</span> أو <span class="notranslate" translate="no" dir="ltr">„Englisch“</span>. سيحاول مركز الاتصال إشراك مترجم.</p>
<h3>كيف تجري مكالمة طوارئ؟</h3>
<ol dir="rtl">
<li>حافظ على هدوئك وقل اسمك.</li>
<li><strong>أين</strong> حدث ذلك؟ اذكر البلدة والشارع ورقم المنزل والطابق.</li>
<li><strong>ماذا</strong> حدث، و<strong>كم</strong> عدد المصابين؟</li>
<li><strong>انتظر</strong> الأسئلة، ولا تُنهِ المكالمة أولاً.</li>
</ol>
<p dir="rtl">إساءة استخدام أرقام الطوارئ جريمة يعاقب عليها القانون. لكن إذا لم تكن متأكداً مما إذا كانت الحالة طارئة، فالأفضل أن تتصل. مركز الاتصال يقرر نوع المساعدة التي تُرسَل. المكالمة مجانية وتعمل حتى دون رصيد. يمكن للصم وضعاف السمع إجراء مكالمة طوارئ عبر تطبيق الطوارئ الرسمي <span class="notranslate" translate="no" dir="ltr">„nora“</span>.</p>
"""),
        "fa": ("شماره-های-اضطراری", "شماره‌های اضطراری مهم", """
<h2>📞 شماره‌های اضطراری</h2>
<ul dir="rtl">
<li><strong>پلیس:</strong> <a href="tel:110">110</a></li>
<li><strong>آتش‌نشانی و آمبولانس:</strong> <a href="tel:112">112</a></li>
<li><strong>پزشک کشیک:</strong> <a href="tel:116117">116117</a></li>
<li><strong>خط کمک برای زنان در برابر خشونت:</strong> <a href="tel:116016">116016</a></li>
</ul>
<p dir="rtl">شماره‌ها را با نام «اضطراری» در تلفن همراهتان ذخیره کنید. فهرستی از آن‌ها را روی یخچال بچسبانید تا بچه‌ها و مهمان‌ها هم آن را پیدا کنند. شماره‌های 110 و 112 در سراسر آلمان کار می‌کنند و 112 در همه کشورهای اتحادیه اروپا هم کار می‌کند.</p>
<hr>
<h3>شماره‌های دیگر در موسترشتات</h3>
<p dir="rtl">اورژانس مسمومیت: <a href="tel:+498999998911">089 99998-911</a><br>داروخانه‌های کشیک: <a href="https://apotheken.musterstadt.example">apotheken.musterstadt.example</a><br>خدمات بحران روانی: <a href="tel:+498999998922">089 99998-922</a><br>کلانتری موسترشتات، <span class="notranslate" translate="no" dir="ltr">Am Stadtpark 3</span> (اگر موضوع اضطراری نیست): <a href="tel:+498999998100">089 99998-100</a></p>
<p dir="rtl">اگر آلمانی صحبت نمی‌کنید، پشت تلفن اول زبان خود را بگویید، مثلاً <span class="notranslate" translate="no" dir="ltr">„Persisch“</span> یا <span class="notranslate" translate="no" dir="ltr">„Englisch“</span>. مرکز فوریت‌ها تلاش می‌کند مترجم بیاورد.</p>
<h3>چگونه با اورژانس تماس بگیرید</h3>
<ol dir="rtl">
<li>آرام باشید و نام خود را بگویید.</li>
<li><strong>کجا</strong> اتفاق افتاده است؟ شهر، خیابان، پلاک و طبقه را بگویید.</li>
<li><strong>چه</strong> اتفاقی افتاده و <strong>چند</strong> نفر آسیب دیده‌اند؟</li>
<li>منتظر پرسش‌ها <strong>بمانید</strong>. شما اول تماس را قطع نکنید.</li>
</ol>
<p dir="rtl">سوءاستفاده از شماره‌های اضطراری جرم است. اما اگر مطمئن نیستید که وضعیت اضطراری است یا نه، بهتر است تماس بگیرید. مرکز فوریت‌ها تصمیم می‌گیرد چه کمکی فرستاده شود. تماس رایگان است و بدون شارژ هم کار می‌کند. افراد ناشنوا و کم‌شنوا می‌توانند از طریق اپلیکیشن رسمی اضطراری <span class="notranslate" translate="no" dir="ltr">„nora“</span> تماس اضطراری بگیرند.</p>
"""),
        "uk": ("екстрені-номери", "Важливі екстрені номери", """
<h2>📞 Екстрені номери</h2>
<ul>
<li><strong>Поліція:</strong> <a href="tel:110">110</a></li>
<li><strong>Пожежна охорона та швидка допомога:</strong> <a href="tel:112">112</a></li>
<li><strong>Чергова лікарська служба:</strong> <a href="tel:116117">116117</a></li>
<li><strong>Гаряча лінія «Насильство щодо жінок»:</strong> <a href="tel:116016">116016</a></li>
</ul>
<p>Збережіть ці номери в телефоні під назвою «Екстрені». Повісьте список на холодильник, щоб його знайшли й діти, і гості. Номери 110 і 112 діють по всій Німеччині, а 112 — також в усіх країнах ЄС.</p>
<hr>
<h3>Інші номери в Мустерштадті</h3>
<p>Токсикологічна служба: <a href="tel:+498999998911">089 99998-911</a><br>Чергові аптеки: <a href="https://apotheken.musterstadt.example">apotheken.musterstadt.example</a><br>Психіатрична кризова служба: <a href="tel:+498999998922">089 99998-922</a><br>Поліцейська дільниця Мустерштадта, Am Stadtpark 3 (якщо це не екстрений випадок): <a href="tel:+498999998100">089 99998-100</a></p>
<p>Якщо ви не говорите німецькою, спершу назвіть телефоном свою мову, наприклад <span class="notranslate" translate="no" dir="ltr">„Ukrainisch“</span> або <span class="notranslate" translate="no" dir="ltr">„Englisch“</span>. Диспетчерська служба спробує залучити перекладача.</p>
<h3>Як зробити екстрений виклик</h3>
<ol>
<li>Зберігайте спокій і назвіть своє ім'я.</li>
<li><strong>Де</strong> це сталося? Назвіть населений пункт, вулицю, номер будинку й поверх.</li>
<li><strong>Що</strong> сталося і <strong>скільки</strong> людей постраждали?</li>
<li><strong>Дочекайтеся</strong> запитань. Не кладіть слухавку першими.</li>
</ol>
<p>Зловживання екстреними номерами карається законом. Але якщо ви не впевнені, чи це екстрений випадок, краще зателефонуйте. Диспетчерська служба вирішить, яку допомогу надіслати. Дзвінок безкоштовний і працює навіть без коштів на рахунку. Глухі та люди з вадами слуху можуть викликати допомогу через офіційний застосунок екстрених викликів <span class="notranslate" translate="no" dir="ltr">„nora“</span>.</p>
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
<p>Nach dem Gewaltschutzgesetz können Sie beim Amtsgericht Musterstadt eine <strong>Schutzanordnung</strong> beantragen. Dann darf die gewalttätige Person z. B. nicht mehr in Ihre Nähe kommen und keinen Kontakt mehr zu Ihnen aufnehmen. Die Beratungsstellen helfen Ihnen beim Antrag.</p>
<h2>Beratung und Schutz</h2>
<ul>
<li>Das <strong>Hilfetelefon</strong> <a href="tel:116016">116016</a> berät Frauen anonym, kostenlos und in 18 Sprachen.</li>
<li>Das <strong>Frauenhaus Musterstadt</strong> nimmt Frauen und ihre Kinder auf, Tag und Nacht: <a href="tel:+498999998700">089 99998-700</a></li>
<li>Die Fachberatung gegen häusliche Gewalt berät auch Männer: <a href="mailto:hilfe@beratung-musterstadt.example">hilfe@beratung-musterstadt.example</a></li>
</ul>
<h3>Beweise sichern</h3>
<p>Lassen Sie Verletzungen so schnell wie möglich ärztlich untersuchen und dokumentieren, auch wenn Sie (noch) keine Anzeige erstatten wollen. Das geht vertraulich in der Gewaltambulanz im Klinikum Musterstadt. Machen Sie Fotos und bewahren Sie Nachrichten auf. Wenn Kinder Gewalt erleben oder in Gefahr sind, hilft auch das Jugendamt: <a href="tel:+498999998260">089 99998-260</a>.</p>
<p>Ihr Aufenthaltstitel hängt von Ihrer Ehe ab? Bei häuslicher Gewalt können Sie oft trotzdem ein eigenes Aufenthaltsrecht bekommen. Lassen Sie sich dazu beraten, bevor Sie zur Ausländerbehörde gehen.</p>
"""),
        "en": ("help-with-violence", "Help with violence", """
<p>Violence is forbidden in Germany – also within the family and in marriage. This applies to physical, sexual and psychological violence.</p>
<p>If you are in immediate danger, call the police: <a href="tel:110">110</a>. The police can send the violent person out of the home for up to 14 days.</p>
<p>Under the Protection against Violence Act (<span class="notranslate" translate="no" dir="ltr">Gewaltschutzgesetz</span>) you can apply to the Musterstadt local court for a <strong>protection order</strong>. The violent person is then, for example, no longer allowed to come near you or contact you. The counselling services help you with the application.</p>
<h2>Counselling and protection</h2>
<ul>
<li>The <strong>helpline</strong> <a href="tel:116016">116016</a> advises women anonymously, free of charge and in 18 languages.</li>
<li>The <strong>women's shelter Musterstadt</strong> (<span class="notranslate" translate="no" dir="ltr">Frauenhaus</span>) takes in women and their children, day and night: <a href="tel:+498999998700">089 99998-700</a></li>
<li>The specialist counselling service against domestic violence also advises men: <a href="mailto:hilfe@beratung-musterstadt.example">hilfe@beratung-musterstadt.example</a></li>
</ul>
<h3>Securing evidence</h3>
<p>Have injuries examined and documented by a doctor as soon as possible, even if you do not (yet) want to report the crime to the police. This can be done confidentially at the violence protection clinic (<span class="notranslate" translate="no" dir="ltr">Gewaltambulanz</span>) at Klinikum Musterstadt. Take photos and keep messages. If children experience violence or are in danger, the youth welfare office also helps: <a href="tel:+498999998260">089 99998-260</a>.</p>
<p>Does your residence permit depend on your marriage? In cases of domestic violence you can often still get an independent right of residence. Get advice on this before you go to the foreigners' authority.</p>
"""),
        "ar": ("المساعدة-في-حالات-العنف", "المساعدة في حالات العنف", """
<p dir="rtl">العنف ممنوع في ألمانيا – داخل الأسرة وفي الزواج أيضاً. وهذا يشمل العنف الجسدي والجنسي والنفسي.</p>
<p dir="rtl">عند الخطر الداهم اتصل بالشرطة: <a href="tel:110">110</a>. يمكن للشرطة إبعاد الشخص العنيف عن المسكن لمدة تصل إلى 14 يوماً.</p>
<p dir="rtl">بموجب قانون الحماية من العنف (<span class="notranslate" translate="no" dir="ltr">Gewaltschutzgesetz</span>) يمكنك أن تطلبي من محكمة موسترشتات المحلية <strong>أمر حماية</strong>. عندها لا يُسمح للشخص العنيف مثلاً بالاقتراب منك أو التواصل معك. تساعدك مراكز الاستشارة في تقديم الطلب.</p>
<h2>الاستشارة والحماية</h2>
<ul dir="rtl">
<li>يقدّم <strong>هاتف المساعدة</strong> <a href="tel:116016">116016</a> المشورة للنساء دون الكشف عن الهوية ومجاناً وبـ 18 لغة.</li>
<li>يستقبل <strong>بيت النساء في موسترشتات</strong> (<span class="notranslate" translate="no" dir="ltr">Frauenhaus</span>) النساء وأطفالهن ليلاً ونهاراً: <a href="tel:+498999998700">089 99998-700</a></li>
<li>تقدّم الاستشارة المتخصصة لمكافحة العنف المنزلي المشورة للرجال أيضاً: <a href="mailto:hilfe@beratung-musterstadt.example">hilfe@beratung-musterstadt.example</a></li>
</ul>
<h3>حفظ الأدلة</h3>
<p dir="rtl">اطلب فحص الإصابات وتوثيقها طبياً في أسرع وقت ممكن، حتى لو كنت لا تريد تقديم بلاغ (بعد). يمكن ذلك بسرية في عيادة توثيق العنف (<span class="notranslate" translate="no" dir="ltr">Gewaltambulanz</span>) في <span class="notranslate" translate="no" dir="ltr">Klinikum Musterstadt</span>. التقط صوراً واحتفظ بالرسائل. إذا تعرّض أطفال للعنف أو كانوا في خطر، يساعد مكتب رعاية الشباب أيضاً: <a href="tel:+498999998260">089 99998-260</a>.</p>
<p dir="rtl">هل يرتبط تصريح إقامتك بزواجك؟ في حالات العنف المنزلي يمكنك غالباً رغم ذلك الحصول على حق إقامة مستقل. اطلب المشورة في ذلك قبل أن تذهب إلى دائرة الأجانب.</p>
"""),
        "fa": ("کمک-در-برابر-خشونت", "کمک در برابر خشونت", """
<p dir="rtl">خشونت در آلمان ممنوع است – در خانواده و در ازدواج هم. این شامل خشونت جسمی، جنسی و روانی می‌شود.</p>
<p dir="rtl">در خطر فوری با پلیس تماس بگیرید: <a href="tel:110">110</a>. پلیس می‌تواند فرد خشن را تا ۱۴ روز از خانه بیرون کند.</p>
<p dir="rtl">بر اساس قانون حمایت در برابر خشونت (<span class="notranslate" translate="no" dir="ltr">Gewaltschutzgesetz</span>) می‌توانید از دادگاه محلی موسترشتات <strong>حکم حمایتی</strong> درخواست کنید. در این صورت فرد خشن، برای مثال، دیگر اجازه ندارد به شما نزدیک شود یا با شما تماس بگیرد. مراکز مشاوره در تنظیم درخواست به شما کمک می‌کنند.</p>
<h2>مشاوره و حمایت</h2>
<ul dir="rtl">
<li><strong>خط کمک</strong> <a href="tel:116016">116016</a> به زنان به‌صورت ناشناس، رایگان و به ۱۸ زبان مشاوره می‌دهد.</li>
<li><strong>خانه امن زنان موسترشتات</strong> (<span class="notranslate" translate="no" dir="ltr">Frauenhaus</span>) شبانه‌روز زنان و فرزندانشان را می‌پذیرد: <a href="tel:+498999998700">089 99998-700</a></li>
<li>مرکز مشاوره تخصصی در برابر خشونت خانگی به مردان هم مشاوره می‌دهد: <a href="mailto:hilfe@beratung-musterstadt.example">hilfe@beratung-musterstadt.example</a></li>
</ul>
<h3>حفظ مدارک و شواهد</h3>
<p dir="rtl">آسیب‌ها را هر چه زودتر نزد پزشک معاینه و ثبت کنید، حتی اگر (هنوز) نمی‌خواهید شکایت کنید. این کار به‌صورت محرمانه در درمانگاه ثبت خشونت (<span class="notranslate" translate="no" dir="ltr">Gewaltambulanz</span>) در <span class="notranslate" translate="no" dir="ltr">Klinikum Musterstadt</span> انجام می‌شود. عکس بگیرید و پیام‌ها را نگه دارید. اگر کودکان خشونت می‌بینند یا در خطر هستند، اداره امور جوانان هم کمک می‌کند: <a href="tel:+498999998260">089 99998-260</a>.</p>
<p dir="rtl">اجازه اقامت شما به ازدواجتان وابسته است؟ در موارد خشونت خانگی اغلب باز هم می‌توانید حق اقامت مستقل بگیرید. پیش از رفتن به اداره اتباع خارجی در این باره مشاوره بگیرید.</p>
"""),
        "uk": ("допомога-в-разі-насильства", "Допомога в разі насильства", """
<p>Насильство в Німеччині заборонене — зокрема в сім'ї та в шлюбі. Це стосується фізичного, сексуального та психологічного насильства.</p>
<p>У разі безпосередньої небезпеки телефонуйте в поліцію: <a href="tel:110">110</a>. Поліція може виселити кривдника з помешкання на строк до 14 днів.</p>
<p>Відповідно до Закону про захист від насильства (<span class="notranslate" translate="no" dir="ltr">Gewaltschutzgesetz</span>) ви можете звернутися до дільничного суду Мустерштадта по <strong>захисний припис</strong>. Тоді кривдникові, наприклад, заборонено наближатися до вас або контактувати з вами. Консультаційні служби допоможуть вам із заявою.</p>
<h2>Консультація та захист</h2>
<ul>
<li><strong>Гаряча лінія</strong> <a href="tel:116016">116016</a> консультує жінок анонімно, безкоштовно та 18 мовами.</li>
<li><strong>Жіночий притулок Мустерштадта</strong> (<span class="notranslate" translate="no" dir="ltr">Frauenhaus</span>) приймає жінок і їхніх дітей удень і вночі: <a href="tel:+498999998700">089 99998-700</a></li>
<li>Спеціалізована консультація проти домашнього насильства консультує й чоловіків: <a href="mailto:hilfe@beratung-musterstadt.example">hilfe@beratung-musterstadt.example</a></li>
</ul>
<h3>Збереження доказів</h3>
<p>Якомога швидше покажіть травми лікареві, щоб їх оглянули й задокументували, навіть якщо ви (ще) не хочете подавати заяву до поліції. Це можна зробити конфіденційно в амбулаторії для постраждалих від насильства (<span class="notranslate" translate="no" dir="ltr">Gewaltambulanz</span>) у Klinikum Musterstadt. Фотографуйте й зберігайте повідомлення. Якщо діти зазнають насильства або перебувають у небезпеці, допомагає також відомство у справах молоді: <a href="tel:+498999998260">089 99998-260</a>.</p>
<p>Ваша посвідка на проживання залежить від шлюбу? У разі домашнього насильства ви часто все одно можете отримати самостійне право на перебування. Проконсультуйтеся щодо цього, перш ніж іти до відомства у справах іноземців.</p>
"""),
    },
]
