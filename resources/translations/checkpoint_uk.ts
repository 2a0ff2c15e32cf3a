<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../../ui/amend.ui" line="6"/>
        <source>Amend the inspection</source>
        <translation>Виправлення огляду</translation>
    </message>
    <message>
        <location filename="../../ui/amend.ui" line="21"/>
        <source>A finalized inspection is never changed. An amendment is a new record that corrects it and says why; both are kept and shown together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/amend.ui" line="28"/>
        <source>&amp;Reason for the amendment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/dialogs.py" line="28"/>
        <source>&amp;Amend</source>
        <translation>&amp;Виправити</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/dialogs.py" line="35"/>
        <source>Say why the record is corrected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../checkpoint/gui/app.py" line="163"/>
        <source>Setting up…</source>
        <translation>Налаштування…</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/app.py" line="198"/>
        <source>Unlocking…</source>
        <translation>Розблокування…</translation>
    </message>
</context>
<context>
    <name>CashPart</name>
    <message>
        <location filename="../../ui/cash.ui" line="11"/>
        <source>Cash &amp;was found or declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cash.ui" line="18"/>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cash.ui" line="31"/>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cash.ui" line="41"/>
        <source>ISO 4217, e.g. USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cash.ui" line="64"/>
        <source>&amp;EUR equivalent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cash.ui" line="77"/>
        <source>&amp;Declared:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cash.ui" line="90"/>
        <source>Ca&amp;rrier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/cash_part.py" line="23"/>
        <source>declared</source>
        <translation type="unfinished">декларування</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/cash_part.py" line="24"/>
        <source>not declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/cash_part.py" line="43"/>
        <source>10,000 EUR or more: must be declared (Reg. (EU) 2018/1672); undeclared cash needs a finding with risk area currency.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/change_password.ui" line="6"/>
        <source>Choose a new password</source>
        <translation>Оберіть новий пароль</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="21"/>
        <source>Your password was set by a supervisor. Choose your own password now (at least 12 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="30"/>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="47"/>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/auth.py" line="131"/>
        <source>The two passwords differ; type them again.</source>
        <translation>Паролі не збігаються; введіть їх ще раз.</translation>
    </message>
</context>
<context>
    <name>ConsignmentPart</name>
    <message>
        <location filename="../../ui/consignment.ui" line="11"/>
        <source>&amp;Transport document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consignment.ui" line="24"/>
        <source>Transport document &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consignment.ui" line="37"/>
        <source>Declaration &amp;MRN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consignment.ui" line="47"/>
        <source>e.g. 25UA205050000123E0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consignment.ui" line="70"/>
        <source>Consig&amp;nor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consignment.ui" line="83"/>
        <source>Consignor &amp;EORI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consignment.ui" line="93"/>
        <source>e.g. DE1234567890123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consignment.ui" line="116"/>
        <source>Consi&amp;gnee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consignment.ui" line="129"/>
        <source>Consignee E&amp;ORI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consignment.ui" line="160"/>
        <source>Containers (ISO 6346)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContainerPart</name>
    <message>
        <location filename="../../ui/container.ui" line="11"/>
        <source>Container &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/container.ui" line="21"/>
        <source>e.g. CSQU3054383</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/container.ui" line="44"/>
        <source>&amp;Seals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/container.ui" line="54"/>
        <source>seal numbers, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <location filename="../../ui/drafts.ui" line="6"/>
        <source>Unfinished inspections</source>
        <translation>Незавершені огляди</translation>
    </message>
    <message>
        <location filename="../../ui/drafts.ui" line="21"/>
        <source>These inspections were not finished (the program was closed, locked or stopped). Resume one, or keep them for later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/drafts.ui" line="33"/>
        <source>&amp;Discard…</source>
        <translation>&amp;Відкинути…</translation>
    </message>
    <message>
        <location filename="../../ui/drafts.ui" line="53"/>
        <source>&amp;Later</source>
        <translation>&amp;Пізніше</translation>
    </message>
    <message>
        <location filename="../../ui/drafts.ui" line="60"/>
        <source>&amp;Resume</source>
        <translation>&amp;Продовжити</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../ui/enroll.ui" line="6"/>
        <source>Enroll with HQ</source>
        <translation>Реєстрація у штабі</translation>
    </message>
    <message>
        <location filename="../../ui/enroll.ui" line="21"/>
        <source>Register this workstation at headquarters. HQ gives you its address, a one-time code for this post and its CA certificate (ca.pem). The certificate is pinned: from now on this workstation trusts only servers it vouches for.</source>
        <translation>Зареєструйте це робоче місце у штабі. Штаб дає свою адресу, одноразовий код для цього пункту та сертифікат свого ЦС (ca.pem). Сертифікат закріплюється: відтепер це робоче місце довіряє лише серверам, за які він ручається.</translation>
    </message>
    <message>
        <location filename="../../ui/enroll.ui" line="30"/>
        <source>HQ &amp;address:</source>
        <translation>&amp;Адреса штабу:</translation>
    </message>
    <message>
        <location filename="../../ui/enroll.ui" line="40"/>
        <source>https://hq.example:8443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enroll.ui" line="47"/>
        <source>One-time &amp;code:</source>
        <translation>Одноразовий &amp;код:</translation>
    </message>
    <message>
        <location filename="../../ui/enroll.ui" line="57"/>
        <source>XXXXX-XXXXX-XXXXX-XXXXX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enroll.ui" line="64"/>
        <source>HQ&apos;s C&amp;A certificate:</source>
        <translation>Сертифікат &amp;ЦС штабу:</translation>
    </message>
    <message>
        <location filename="../../ui/enroll.ui" line="76"/>
        <source>the PEM file HQ gave you (ca.pem)</source>
        <translation>файл PEM, який дав штаб (ca.pem)</translation>
    </message>
    <message>
        <location filename="../../ui/enroll.ui" line="83"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Огляд…</translation>
    </message>
    <message>
        <location filename="../../ui/enroll.ui" line="92"/>
        <source>&amp;Name at HQ:</source>
        <translation>&amp;Назва у штабі:</translation>
    </message>
    <message>
        <location filename="../../ui/enroll.ui" line="102"/>
        <source>optional, e.g. lane 3 booth</source>
        <translation>необов&apos;язково, напр. кабіна смуги 3</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/dialogs.py" line="54"/>
        <source>&amp;Enroll</source>
        <translation>&amp;Зареєструвати</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/dialogs.py" line="62"/>
        <source>HQ&apos;s CA certificate</source>
        <translation>Сертифікат ЦС штабу</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/dialogs.py" line="63"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Сертифікати (*.pem *.crt);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/dialogs.py" line="82"/>
        <source>Give HQ&apos;s address, e.g. https://hq.example:8443.</source>
        <translation>Вкажіть адресу штабу, напр. https://hq.example:8443.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/dialogs.py" line="83"/>
        <source>Give the one-time code HQ issued for this post.</source>
        <translation>Вкажіть одноразовий код, який штаб видав для цього пункту.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/dialogs.py" line="84"/>
        <source>Choose HQ&apos;s CA certificate (the PEM file HQ gave).</source>
        <translation>Виберіть сертифікат ЦС штабу (файл PEM від штабу).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/dialogs.py" line="89"/>
        <location filename="../../checkpoint/gui/sync/dialogs.py" line="97"/>
        <source>Enrolling with HQ…</source>
        <translation>Реєстрація у штабі…</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/dialogs.py" line="103"/>
        <source>Enrolled with HQ %1 as a workstation of post %2. HQ&apos;s key fingerprint is %3: HQ can confirm it.</source>
        <translation>Зареєстровано у штабі %1 як робоче місце пункту %2. Відбиток ключа штабу: %3 — штаб може його підтвердити.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="150"/>
        <source>Too many failed attempts: wait %n second(s) before trying again.</source>
        <translation>Забагато невдалих спроб: зачекайте %n с і спробуйте знову.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="154"/>
        <source>Wrong user name or password.</source>
        <translation>Неправильне ім&apos;я користувача або пароль.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="156"/>
        <source>Your role does not allow this.</source>
        <translation>Ваша роль цього не дозволяє.</translation>
    </message>
    <message>
        <source>The password is not acceptable:</source>
        <translation type="vanished">Пароль не підходить:</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="77"/>
        <location filename="../../checkpoint/gui/messages.py" line="160"/>
        <source>The workstation is locked; log in again.</source>
        <translation>Робоче місце заблоковано; увійдіть знову.</translation>
    </message>
    <message>
        <source>This cannot be done now:</source>
        <translation type="vanished">Зараз це неможливо:</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="170"/>
        <source>The record was not found; it may have been discarded.</source>
        <translation>Запис не знайдено; можливо, його скасовано.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="172"/>
        <source>The database is busy in another program (a command-line tool?). Close it and try again.</source>
        <translation>База даних зайнята іншою програмою (інструментом командного рядка?). Закрийте її та спробуйте знову.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="175"/>
        <source>The workstation&apos;s files are damaged or were tampered with. Do not go on: call your supervisor, who can restore the last backup.</source>
        <translation>Файли робочого місця пошкоджено або змінено. Не продовжуйте: зверніться до керівника, який може відновити останню резервну копію.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="31"/>
        <source>A workstation already exists in this folder.</source>
        <translation>У цій теці вже є робоче місце.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="29"/>
        <source>There is no workstation in this folder yet.</source>
        <extracomment>An error&apos;s code → its sentence (English source; ``{name}`` are the error&apos;s params).</extracomment>
        <translation>У цій теці ще немає робочого місця.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="33"/>
        <source>A workstation already exists in this folder; it is replaced only when you choose to.</source>
        <translation>У цій теці вже є робоча станція; її замінюють лише за вашим рішенням.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="36"/>
        <source>A finalized inspection cannot be changed; amend it instead.</source>
        <translation>Завершений огляд змінити не можна; внесіть виправлення.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="38"/>
        <source>The inspection is already finalized.</source>
        <translation>Огляд уже завершено.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="39"/>
        <source>A draft is corrected by editing it, not by an amendment.</source>
        <translation>Чернетку виправляють редагуванням, а не виправленням.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="41"/>
        <source>Only a draft can be discarded.</source>
        <translation>Відкинути можна лише чернетку.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="42"/>
        <source>The inspection cannot be finalized yet: {count} problem(s).</source>
        <translation>Огляд ще не можна завершити: проблем — {count}.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="44"/>
        <source>Your role does not allow this: this draft belongs to another officer.</source>
        <translation>Ваша роль цього не дозволяє: ця чернетка належить іншому інспекторові.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="46"/>
        <source>Your role does not allow this: only {role} may do it.</source>
        <translation>Ваша роль цього не дозволяє: це може зробити лише {role}.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="48"/>
        <source>An operator named {username} already exists.</source>
        <translation>Оператор з іменем {username} уже існує.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="50"/>
        <source>You cannot remove your own account; ask another supervisor.</source>
        <translation>Свій обліковий запис видалити не можна; зверніться до іншого керівника зміни.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="52"/>
        <source>The last supervisor cannot be removed.</source>
        <translation>Останнього керівника зміни видалити не можна.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="53"/>
        <source>The password is not acceptable: it needs at least {minimum} characters; this one has {length}.</source>
        <translation>Пароль не підходить: потрібно щонайменше {minimum} символів, а в цьому {length}.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="56"/>
        <source>The password is not acceptable: it must not be the user name.</source>
        <translation>Пароль не підходить: він не може збігатися з іменем користувача.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="58"/>
        <source>The password is not acceptable: it needs at least {distinct} different characters.</source>
        <translation>Пароль не підходить: потрібно щонайменше {distinct} різних символів.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="61"/>
        <source>A photo must be JPEG, PNG or WebP, not {media_type}.</source>
        <translation>Фото має бути у форматі JPEG, PNG або WebP, а не {media_type}.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="63"/>
        <source>A photo must be between 1 byte and {megabytes} MB.</source>
        <translation>Розмір фото має бути від 1 байта до {megabytes} МБ.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="65"/>
        <source>{name} is not a valid user name: use 2-64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;@&apos;, starting with a letter or digit.</source>
        <translation>{name} — неприпустиме ім’я користувача: 2–64 латинські літери, цифри, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; або &apos;@&apos;, першою має бути літера чи цифра.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="68"/>
        <source>Unknown role {role}: choose inspector or supervisor.</source>
        <translation>Невідома роль {role}: виберіть інспектора або керівника зміни.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="70"/>
        <source>The setting {setting} must be between {minimum} and {maximum}.</source>
        <translation>Параметр «{setting}» має бути від {minimum} до {maximum}.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="72"/>
        <source>The setting {setting} must be one of {choices}.</source>
        <translation>Параметр «{setting}» має бути одним із: {choices}.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="74"/>
        <source>The checkpoint code may have at most {checkpoint} characters and the lane at most {lane}.</source>
        <translation>Код пункту пропуску може мати щонайбільше {checkpoint} символів, а смуга — {lane}.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="78"/>
        <source>This workstation is not enrolled with HQ yet: a supervisor enrolls it (Sync ▸ Enroll with HQ…).</source>
        <translation>Це робоче місце ще не зареєстровано у штабі: його реєструє керівник зміни (Синхронізація ▸ Реєстрація у штабі…).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="81"/>
        <source>Not synchronised with HQ yet.</source>
        <translation>Ще не синхронізовано зі штабом.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="82"/>
        <source>Another sync of this workstation is running (the command line?); this one is retried when it ends.</source>
        <translation>Вже триває інша синхронізація цього робочого місця (з командного рядка?); ця повториться, коли вона завершиться.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="85"/>
        <source>HQ at {url} cannot be reached.</source>
        <translation>Штаб за адресою {url} недоступний.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="86"/>
        <source>HQ at {url} did not answer in time.</source>
        <translation>Штаб за адресою {url} не відповів вчасно.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="87"/>
        <source>HQ is failing (HTTP {status}).</source>
        <translation>У штабі збій (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="88"/>
        <source>HQ at {url} did not prove itself with a certificate from the CA pinned at enrollment; nothing was sent. If HQ changed its CA, a supervisor enrolls this workstation again.</source>
        <translation>Штаб за адресою {url} не підтвердив себе сертифікатом від ЦС, закріпленого під час реєстрації; нічого не надіслано. Якщо штаб змінив свій ЦС, керівник зміни реєструє це робоче місце знову.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="92"/>
        <source>HQ refused the request (HTTP {status}, {hq_code}).</source>
        <translation>Штаб відхилив запит (HTTP {status}, {hq_code}).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="94"/>
        <source>HQ refused the enrollment ({hq_code}).</source>
        <translation>Штаб відхилив реєстрацію ({hq_code}).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="95"/>
        <source>An answer from HQ could not be trusted or read, so nothing from it was used.</source>
        <translation>Відповіді штабу не можна довіряти або її не вдалося прочитати, тому з неї нічого не використано.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="97"/>
        <source>{file}: {count} problem(s); nothing was imported.</source>
        <translation>{file}: проблем — {count}; нічого не імпортовано.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="99"/>
        <source>HQ&apos;s account {username} has the name of an account made at this workstation: it was not applied, and the local account is kept.</source>
        <translation>Обліковий запис штабу {username} має ім&apos;я облікового запису, створеного на цьому робочому місці: його не застосовано, місцевий обліковий запис збережено.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="102"/>
        <source>HQ sent an item ({collection}) this workstation cannot read: it was set aside, and the rest was applied.</source>
        <translation>Штаб надіслав елемент ({collection}), який це робоче місце не може прочитати: його відкладено, решту застосовано.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="110"/>
        <source>idle lock time (minutes)</source>
        <extracomment>The names of the workstation settings an error may name.</extracomment>
        <translation>час до блокування (хвилини)</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="111"/>
        <source>autosave delay (ms)</source>
        <translation>затримка автозбереження (мс)</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="112"/>
        <source>language</source>
        <translation>мова</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="117"/>
        <source>an inspector</source>
        <extracomment>The operator roles an error may name.</extracomment>
        <translation>інспектор</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="118"/>
        <source>a supervisor</source>
        <translation>керівник зміни</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="158"/>
        <source>The password is not acceptable.</source>
        <translation>Пароль не підходить.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="168"/>
        <source>This cannot be done now.</source>
        <translation>Зараз це неможливо.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="179"/>
        <source>The workstation database failed. Try again; if it keeps failing, call your supervisor.</source>
        <translation>Збій бази даних робочого місця. Спробуйте знову; якщо повторюється, зверніться до керівника.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="184"/>
        <source>Synchronisation with headquarters failed; it will be retried.</source>
        <translation>Синхронізація зі штабом не вдалася; її буде повторено.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="189"/>
        <source>Something went wrong unexpectedly (%s). The details are in the log; your saved work is safe.</source>
        <translation>Сталася неочікувана помилка (%s). Подробиці — у журналі; збережена робота в безпеці.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../checkpoint/gui/inspection/field_checks.py" line="95"/>
        <source>Position 9 of the VIN is %1, not the check digit %2. Outside North America that is allowed, but compare the VIN with the one on the vehicle.</source>
        <translation>9-й символ VIN — %1, а не контрольна цифра %2. Поза Північною Америкою це допустимо, але звірте VIN з номером на транспортному засобі.</translation>
    </message>
</context>
<context>
    <name>FindingPart</name>
    <message>
        <location filename="../../ui/finding.ui" line="11"/>
        <source>&amp;Risk area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding.ui" line="24"/>
        <source>&amp;Commodity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding.ui" line="37"/>
        <source>&amp;Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding.ui" line="50"/>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding.ui" line="63"/>
        <source>C&amp;oncealment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding.ui" line="76"/>
        <source>Concealment &amp;details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding.ui" line="89"/>
        <source>&amp;Detected by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding.ui" line="102"/>
        <source>&amp;Photos of it:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralPart</name>
    <message>
        <location filename="../../ui/general.ui" line="11"/>
        <source>Check&amp;point:</source>
        <translation>Пункт &amp;пропуску:</translation>
    </message>
    <message>
        <location filename="../../ui/general.ui" line="24"/>
        <source>&amp;Lane:</source>
        <translation>&amp;Смуга:</translation>
    </message>
    <message>
        <location filename="../../ui/general.ui" line="37"/>
        <source>&amp;Direction:</source>
        <translation>&amp;Напрямок:</translation>
    </message>
    <message>
        <location filename="../../ui/general.ui" line="50"/>
        <source>&amp;Conveyance:</source>
        <translation>&amp;Вид транспорту:</translation>
    </message>
    <message>
        <location filename="../../ui/general.ui" line="63"/>
        <source>Control types:</source>
        <translation>Види контролю:</translation>
    </message>
    <message>
        <location filename="../../ui/general.ui" line="76"/>
        <source>documentary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/general.ui" line="83"/>
        <source>physical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/general.ui" line="90"/>
        <source>X-ray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/general.ui" line="97"/>
        <source>canine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/general.ui" line="104"/>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/general.ui" line="127"/>
        <source>&amp;Trigger:</source>
        <translation>&amp;Підстава:</translation>
    </message>
    <message>
        <location filename="../../ui/general.ui" line="140"/>
        <source>Started:</source>
        <translation>Розпочато:</translation>
    </message>
    <message>
        <location filename="../../ui/general.ui" line="157"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <location filename="../../ui/general.ui" line="170"/>
        <source>&amp;Remarks:</source>
        <translation>&amp;Примітки:</translation>
    </message>
</context>
<context>
    <name>GoodsPart</name>
    <message>
        <location filename="../../ui/goods_line.ui" line="11"/>
        <source>&amp;HS code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goods_line.ui" line="21"/>
        <source>6, 8 or 10 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goods_line.ui" line="44"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goods_line.ui" line="57"/>
        <source>D&amp;eclared quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goods_line.ui" line="67"/>
        <source>empty: not declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goods_line.ui" line="74"/>
        <source>&amp;Found quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goods_line.ui" line="84"/>
        <source>empty: not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goods_line.ui" line="91"/>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goods_line.ui" line="104"/>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goods_line.ui" line="117"/>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goods_line.ui" line="127"/>
        <source>ISO 4217, e.g. EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goods_line.ui" line="150"/>
        <source>&amp;Origin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goods_line.ui" line="160"/>
        <source>country of origin, e.g. CHN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionForm</name>
    <message>
        <location filename="../../ui/inspection_form.ui" line="13"/>
        <location filename="../../checkpoint/gui/inspection/form.py" line="180"/>
        <source>Inspection</source>
        <translation>Огляд</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_form.ui" line="61"/>
        <source>&amp;Finalize</source>
        <translation>&amp;Завершити</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_form.ui" line="64"/>
        <source>Check the whole record and finalize it (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/inspection_form.ui" line="71"/>
        <source>A&amp;mend…</source>
        <translation>&amp;Виправити…</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_form.ui" line="78"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрити</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_form.ui" line="81"/>
        <source>Close (the draft stays saved) (Ctrl+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/inspection_form.ui" line="90"/>
        <source>This inspection is finalized and read-only. To correct it, amend it.</source>
        <translation>Огляд завершено, його не можна змінити. Щоб виправити, створіть виправлення.</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_form.ui" line="114"/>
        <source>&amp;General</source>
        <translation>&amp;Загальне</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_form.ui" line="120"/>
        <source>&amp;Persons</source>
        <translation>&amp;Особи</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_form.ui" line="126"/>
        <source>&amp;Vehicle</source>
        <translation>&amp;Транспорт</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_form.ui" line="132"/>
        <source>C&amp;onsignment</source>
        <translation>&amp;Вантаж</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_form.ui" line="138"/>
        <source>Goo&amp;ds</source>
        <translation>Т&amp;овари</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_form.ui" line="144"/>
        <source>Cas&amp;h</source>
        <translation>&amp;Готівка</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_form.ui" line="150"/>
        <source>F&amp;indings</source>
        <translation>Ви&amp;явлене</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_form.ui" line="156"/>
        <source>P&amp;hotos</source>
        <translation>&amp;Фото</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_form.ui" line="163"/>
        <source>Before it can be finalized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/inspection_form.ui" line="169"/>
        <source>Double-click or press Enter on a line to go to the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/form.py" line="179"/>
        <location filename="../../checkpoint/gui/inspection/form.py" line="192"/>
        <source>draft</source>
        <extracomment>The tab of each part of the record, by the first name of a problem&apos;s path.</extracomment>
        <translation>чернетка</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/form.py" line="179"/>
        <location filename="../../checkpoint/gui/inspection/form.py" line="192"/>
        <source>finalized</source>
        <translation>завершено</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/form.py" line="180"/>
        <source>Amendment</source>
        <translation>Виправлення</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/form.py" line="185"/>
        <source>Corrects &lt;a href=&quot;%1&quot;&gt;the original record&lt;/a&gt;. Reason: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/form.py" line="189"/>
        <source>Amended &lt;a href=&quot;%1&quot;&gt;%2 by %3&lt;/a&gt; (%4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/form.py" line="197"/>
        <source>Finalized %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/form.py" line="221"/>
        <source>Editing…</source>
        <translation>Редагування…</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/form.py" line="243"/>
        <source>Saved %1</source>
        <translation>Збережено %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/form.py" line="252"/>
        <source>NOT saved</source>
        <translation>НЕ збережено</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/form.py" line="267"/>
        <source>Finalizing…</source>
        <translation>Завершення…</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/form.py" line="294"/>
        <source>To do before finalizing: %1</source>
        <translation>Залишилося до завершення: %1</translation>
    </message>
</context>
<context>
    <name>ItemList</name>
    <message>
        <location filename="../../ui/item_list.ui" line="23"/>
        <source>&amp;Add</source>
        <translation>&amp;Додати</translation>
    </message>
    <message>
        <location filename="../../ui/item_list.ui" line="30"/>
        <source>&amp;Remove</source>
        <translation>В&amp;идалити</translation>
    </message>
</context>
<context>
    <name>List</name>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="44"/>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="45"/>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="46"/>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="47"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="48"/>
        <source>Plate</source>
        <translation>Номер авто</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="49"/>
        <source>Lane</source>
        <translation>Смуга</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="50"/>
        <source>Direction</source>
        <translation>Напрямок</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="51"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="52"/>
        <source>Officer</source>
        <translation>Інспектор</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="87"/>
        <source>draft</source>
        <translation>чернетка</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="89"/>
        <source>amendment</source>
        <translation>виправлення</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="90"/>
        <source>finalized</source>
        <translation>завершено</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.ui" line="6"/>
        <source>Checkpoint: log in</source>
        <translation>Checkpoint: вхід</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="44"/>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="68"/>
        <source>The workstation was locked. Log in again to continue; your draft was saved.</source>
        <translation>Робоче місце заблоковано. Увійдіть знову, щоб продовжити; вашу чернетку збережено.</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="83"/>
        <source>&amp;User name:</source>
        <translation>&amp;Ім&apos;я користувача:</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="96"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/auth.py" line="85"/>
        <source>&amp;Log in</source>
        <translation>&amp;Увійти</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/auth.py" line="86"/>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/auth.py" line="100"/>
        <source>Type your user name.</source>
        <translation>Введіть ім&apos;я користувача.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.ui" line="6"/>
        <location filename="../../checkpoint/gui/main_window.py" line="269"/>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="19"/>
        <source>&amp;Search:</source>
        <translation>&amp;Пошук:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="32"/>
        <source>document number, name (any script), plate, VIN or container</source>
        <translation>номер документа, ім&apos;я (будь-яким письмом), номер авто, VIN або контейнер</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="40"/>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="45"/>
        <location filename="../../checkpoint/gui/main_window.py" line="152"/>
        <source>All inspections</source>
        <translation>Усі огляди</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="55"/>
        <location filename="../../checkpoint/gui/main_window.py" line="153"/>
        <source>Today&apos;s inspections</source>
        <translation>Сьогоднішні огляди</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="112"/>
        <source>&amp;Open</source>
        <translation>&amp;Відкрити</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="119"/>
        <location filename="../../ui/main_window.ui" line="184"/>
        <source>&amp;New inspection</source>
        <translation>&amp;Новий огляд</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="148"/>
        <source>Locked</source>
        <translation>Заблоковано</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="187"/>
        <source>Start a new inspection (Ctrl+N)</source>
        <translation>Почати новий огляд (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="190"/>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="200"/>
        <source>&amp;Find…</source>
        <translation>&amp;Знайти…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="203"/>
        <source>Search all inspections (Ctrl+F)</source>
        <translation>Шукати серед усіх оглядів (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="206"/>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="216"/>
        <source>&amp;Today&apos;s inspections</source>
        <translation>&amp;Сьогоднішні огляди</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="219"/>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="224"/>
        <source>&amp;All inspections</source>
        <translation>&amp;Усі огляди</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="227"/>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="232"/>
        <source>&amp;Unfinished inspections…</source>
        <translation>&amp;Незавершені огляди…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="235"/>
        <source>Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="245"/>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокувати</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="248"/>
        <source>Lock the workstation (Ctrl+L)</source>
        <translation>Заблокувати робоче місце (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="251"/>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="256"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="259"/>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="269"/>
        <source>Sync &amp;now</source>
        <translation>&amp;Синхронізувати зараз</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="272"/>
        <source>Send what HQ lacks and fetch what HQ published, now (F9)</source>
        <translation>Надіслати те, чого немає у штабі, й отримати опубліковане штабом — зараз (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="275"/>
        <source>F9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="285"/>
        <source>&amp;Cancel sync</source>
        <translation>&amp;Скасувати синхронізацію</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="288"/>
        <source>Stop the running sync at the next safe point; the rest follows later (Shift+F9)</source>
        <translation>Зупинити синхронізацію в найближчій безпечній точці; решта піде пізніше (Shift+F9)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="291"/>
        <source>Shift+F9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="296"/>
        <source>Sync &amp;status…</source>
        <translation>&amp;Стан синхронізації…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="301"/>
        <source>&amp;Enroll with HQ…</source>
        <translation>&amp;Реєстрація у штабі…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="306"/>
        <source>Items &amp;refused by HQ…</source>
        <translation>&amp;Відхилене штабом…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="311"/>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="314"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="319"/>
        <source>&amp;About Checkpoint</source>
        <translation>&amp;Про Checkpoint</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="325"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="338"/>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="347"/>
        <source>&amp;Sync</source>
        <translation>&amp;Синхронізація</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="359"/>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="373"/>
        <source>Main toolbar</source>
        <translation>Головна панель</translation>
    </message>
    <message>
        <source>offline – sync not configured</source>
        <extracomment>Search results asked for first: a screenful, shown before the rest arrives.</extracomment>
        <translation type="vanished">офлайн – синхронізацію не налаштовано</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/main_window.py" line="113"/>
        <source>Operator: %1</source>
        <extracomment>Search results asked for first: a screenful, shown before the rest arrives.</extracomment>
        <translation>Оператор: %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/main_window.py" line="114"/>
        <source>Role: %1</source>
        <translation>Роль: %1</translation>
    </message>
    <message>
        <source>Not yet sent to HQ: %1</source>
        <translation type="vanished">Ще не надіслано до центру: %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/main_window.py" line="166"/>
        <source>%1 inspection(s)</source>
        <translation>Оглядів: %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/main_window.py" line="188"/>
        <location filename="../../checkpoint/gui/main_window.py" line="200"/>
        <source>%1 found</source>
        <translation>Знайдено: %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/main_window.py" line="198"/>
        <source>Search: %1</source>
        <translation>Пошук: %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/main_window.py" line="200"/>
        <source>%1+ found</source>
        <translation>Знайдено: %1+</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/main_window.py" line="275"/>
        <source>About Checkpoint</source>
        <translation>Про Checkpoint</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/main_window.py" line="276"/>
        <source>Checkpoint: the workstation of the border and customs checkpoint. Records are kept encrypted on this workstation and sent to headquarters (Sync ▸ Sync now, F9, and in the background once the workstation is enrolled).</source>
        <translation>Checkpoint: робоче місце прикордонного та митного пункту пропуску. Записи зберігаються зашифрованими на цьому робочому місці й надсилаються до штабу (Синхронізація ▸ Синхронізувати зараз, F9, і у фоні, щойно робоче місце зареєстровано).</translation>
    </message>
</context>
<context>
    <name>Mrz</name>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="187"/>
        <source>Nothing was read. Scan the machine-readable zone again.</source>
        <translation>Нічого не прочитано. Відскануйте машинозчитувану зону ще раз.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="189"/>
        <source>The reader typed Cyrillic letters: the keyboard layout is not English. Switch the layout to English and scan the document again.</source>
        <translation>Зчитувач ввів кириличні літери: розкладка клавіатури не англійська. Перемкніть розкладку на англійську й відскануйте документ ще раз.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="192"/>
        <source>Lines read: {count}. A machine-readable zone has 2 lines (passport, visa) or 3 (ID card). Scan the machine-readable zone again.</source>
        <translation>Прочитано рядків: {count}. Машинозчитувана зона має 2 рядки (паспорт, віза) або 3 (ID-картка). Відскануйте машинозчитувану зону ще раз.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="195"/>
        <source>Line {line} has {length} characters; a line of a machine-readable zone has 44 (passport), 36 (TD2) or 30 (ID card). Scan the machine-readable zone again.</source>
        <translation>Рядок {line} має символів: {length}; рядок машинозчитуваної зони має 44 (паспорт), 36 (TD2) або 30 (ID-картка) символів. Відскануйте машинозчитувану зону ще раз.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="199"/>
        <source>Line {line} has {length} characters but line {other_line} has {other_length}: the lines come from different documents or scans. Scan the document again.</source>
        <translation>Рядок {line} має {length} символів, а рядок {other_line} — {other_length}: рядки з різних документів чи сканувань. Відскануйте документ ще раз.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="203"/>
        <source>Line {line}, position {position} holds {character}, which cannot appear in a machine-readable zone (only A–Z, 0–9 and &lt;). If the reader typed it, check that the keyboard layout is English (US).</source>
        <translation>Рядок {line}, позиція {position}: символ {character}, якого не буває в машинозчитуваній зоні (лише A–Z, 0–9 і &lt;). Якщо його ввів зчитувач, перевірте, що розкладка клавіатури англійська (US).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="207"/>
        <source>{mrz_field}: {value} is not a code of letters.</source>
        <translation>{mrz_field}: {value} — не літерний код.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="209"/>
        <source>The sex field holds {value}; it must be M, F or &lt;.</source>
        <translation>Поле статі містить {value}; має бути M, F або &lt;.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="210"/>
        <source>The name field {value} contains digits.</source>
        <translation>Поле імені {value} містить цифри.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="211"/>
        <source>{mrz_field}: {value} is not a date (YYMMDD).</source>
        <translation>{mrz_field}: {value} — не дата (РРММДД).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="212"/>
        <source>{mrz_field}: {value} has no month {month}.</source>
        <translation>{mrz_field}: у {value} немає місяця {month}.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="213"/>
        <source>{mrz_field}: {value} has no day {day} in month {month}.</source>
        <translation>{mrz_field}: у {value} немає дня {day} у місяці {month}.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="215"/>
        <source>The document number {value} has a filler (&lt;) inside it.</source>
        <translation>Номер документа {value} містить заповнювач (&lt;) усередині.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="267"/>
        <source>document code</source>
        <extracomment>The MRZ fields whose check digits are named in ``mrz.checks_failed``.</extracomment>
        <translation>код документа</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="268"/>
        <source>issuing state</source>
        <translation>держава видачі</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="269"/>
        <source>nationality</source>
        <translation>громадянство</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="270"/>
        <source>document number</source>
        <translation>номер документа</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="271"/>
        <source>birth date</source>
        <translation>дата народження</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="272"/>
        <source>expiry date</source>
        <translation>строк дії</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="273"/>
        <source>optional data</source>
        <translation>додаткові дані</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="274"/>
        <source>composite (whole zone)</source>
        <translation>загальна (уся зона)</translation>
    </message>
</context>
<context>
    <name>MrzPanel</name>
    <message>
        <location filename="../../ui/mrz_panel.ui" line="6"/>
        <source>Machine-readable zone</source>
        <translation>Машинозчитувана зона</translation>
    </message>
    <message>
        <location filename="../../ui/mrz_panel.ui" line="12"/>
        <source>&amp;Scan the document (the reader types the lines here), or type them, each ending with Enter:</source>
        <translation>&amp;Скануйте документ (зчитувач вводить рядки сюди) або введіть їх, кожен завершуючи Enter:</translation>
    </message>
    <message>
        <location filename="../../ui/mrz_panel.ui" line="95"/>
        <source>Accept &amp;failed check digits because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mrz_panel.ui" line="105"/>
        <source>reason (required to finalize with a failed check digit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/mrz_panel.py" line="50"/>
        <source>Check digit</source>
        <translation>Контрольна цифра</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/mrz_panel.py" line="50"/>
        <source>Read</source>
        <translation>Зчитано</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/mrz_panel.py" line="50"/>
        <source>Expected</source>
        <translation>Очікувано</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/mrz_panel.py" line="50"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/mrz_panel.py" line="68"/>
        <source>Line %1 read; waiting for the next line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/mrz_panel.py" line="97"/>
        <source>correct</source>
        <translation>правильно</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/mrz_panel.py" line="97"/>
        <source>FAILED</source>
        <translation>ПОМИЛКА</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/mrz_panel.py" line="107"/>
        <source>Check digit failed: %1. Check the document by eye; to accept it, give the reason below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/mrz_panel.py" line="113"/>
        <source>%1: every check digit is correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/mrz_panel.py" line="114"/>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPart</name>
    <message>
        <location filename="../../ui/person.ui" line="16"/>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <location filename="../../ui/person.ui" line="29"/>
        <source>&amp;Surname (original script):</source>
        <translation>&amp;Прізвище (оригінальне письмо):</translation>
    </message>
    <message>
        <location filename="../../ui/person.ui" line="42"/>
        <source>&amp;Given names (original script):</source>
        <translation>&amp;Ім&apos;я (оригінальне письмо):</translation>
    </message>
    <message>
        <location filename="../../ui/person.ui" line="55"/>
        <source>Surname (&amp;Latin):</source>
        <translation>Прізвище (&amp;латиницею):</translation>
    </message>
    <message>
        <location filename="../../ui/person.ui" line="68"/>
        <source>Given names (L&amp;atin):</source>
        <translation>Ім&apos;я (л&amp;атиницею):</translation>
    </message>
    <message>
        <location filename="../../ui/person.ui" line="81"/>
        <source>&amp;Birth date:</source>
        <translation>Дата &amp;народження:</translation>
    </message>
    <message>
        <location filename="../../ui/person.ui" line="91"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person.ui" line="114"/>
        <source>Se&amp;x:</source>
        <translation>Ст&amp;ать:</translation>
    </message>
    <message>
        <location filename="../../ui/person.ui" line="127"/>
        <source>&amp;Nationality:</source>
        <translation>&amp;Громадянство:</translation>
    </message>
    <message>
        <location filename="../../ui/person.ui" line="137"/>
        <source>ISO 3166 alpha-3 or ICAO code, e.g. UKR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person.ui" line="160"/>
        <source>Travel document</source>
        <translation>Проїзний документ</translation>
    </message>
    <message>
        <location filename="../../ui/person.ui" line="170"/>
        <source>Document &amp;type:</source>
        <translation>&amp;Тип документа:</translation>
    </message>
    <message>
        <location filename="../../ui/person.ui" line="183"/>
        <source>&amp;Issuing state:</source>
        <translation>Держава &amp;видачі:</translation>
    </message>
    <message>
        <location filename="../../ui/person.ui" line="193"/>
        <source>e.g. UKR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person.ui" line="216"/>
        <source>Document n&amp;umber:</source>
        <translation>Н&amp;омер документа:</translation>
    </message>
    <message>
        <location filename="../../ui/person.ui" line="229"/>
        <source>&amp;Expiry:</source>
        <translation>Дійсний &amp;до:</translation>
    </message>
    <message>
        <location filename="../../ui/person.ui" line="239"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotosPart</name>
    <message>
        <location filename="../../ui/photos.ui" line="32"/>
        <source>&amp;Caption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos.ui" line="42"/>
        <source>what the photo shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/photos.ui" line="49"/>
        <source>Add &amp;photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/photos_part.py" line="68"/>
        <source>Add a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/photos_part.py" line="68"/>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="46"/>
        <source>Inspection</source>
        <translation>Огляд</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="47"/>
        <source>Person %n</source>
        <translation>Особа %n</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="48"/>
        <source>Person %n document</source>
        <translation>Особа %n, документ</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="49"/>
        <source>Person %n document MRZ</source>
        <translation>Особа %n, документ, MRZ</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="50"/>
        <source>Vehicle</source>
        <translation>Транспортний засіб</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="51"/>
        <source>Consignment</source>
        <translation>Вантаж</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="52"/>
        <source>Container %n</source>
        <translation>Контейнер %n</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="53"/>
        <source>Transport document</source>
        <translation>Транспортний документ</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="54"/>
        <source>Goods line %n</source>
        <translation>Товарна позиція %n</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="55"/>
        <source>Cash</source>
        <translation>Готівка</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="56"/>
        <source>Finding %n</source>
        <translation>Виявлення %n</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="60"/>
        <source>checkpoint</source>
        <translation>пункт пропуску</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="61"/>
        <source>lane</source>
        <translation>смуга</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="62"/>
        <source>direction</source>
        <translation>напрямок</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="63"/>
        <source>conveyance mode</source>
        <translation>вид транспорту</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="64"/>
        <source>control type</source>
        <translation>вид контролю</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="65"/>
        <source>trigger</source>
        <translation>підстава</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="66"/>
        <source>start time</source>
        <translation>час початку</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="67"/>
        <source>outcome</source>
        <translation>результат</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="68"/>
        <source>amendment reason</source>
        <translation>причина виправлення</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="69"/>
        <source>author</source>
        <translation>автор</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="70"/>
        <source>device id</source>
        <translation>ідентифікатор пристрою</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="71"/>
        <source>surname</source>
        <translation>прізвище</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="72"/>
        <source>given names</source>
        <translation>ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="73"/>
        <source>surname in Latin script</source>
        <translation>прізвище латиницею</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="74"/>
        <source>given names in Latin script</source>
        <translation>ім&apos;я латиницею</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="75"/>
        <source>birth date</source>
        <translation>дата народження</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="76"/>
        <source>sex</source>
        <translation>стать</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="77"/>
        <source>nationality</source>
        <translation>громадянство</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="78"/>
        <source>travel document</source>
        <translation>проїзний документ</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="79"/>
        <source>type</source>
        <translation>тип</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="80"/>
        <source>issuing state</source>
        <translation>держава видачі</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="81"/>
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="82"/>
        <source>expiry</source>
        <translation>строк дії</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="83"/>
        <source>plate</source>
        <translation>номерний знак</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="84"/>
        <source>registration country</source>
        <translation>країна реєстрації</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="85"/>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="86"/>
        <source>trailer registration country</source>
        <translation>країна реєстрації причепа</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="88"/>
        <source>seals</source>
        <translation>пломби</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="89"/>
        <source>declaration MRN</source>
        <translation>MRN декларації</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="90"/>
        <source>consignor EORI</source>
        <translation>EORI відправника</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="91"/>
        <source>consignee EORI</source>
        <translation>EORI одержувача</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="92"/>
        <source>HS code</source>
        <translation>код УКТЗЕД (HS)</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="93"/>
        <source>description</source>
        <translation>опис</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="94"/>
        <source>declared quantity</source>
        <translation>задекларована кількість</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="95"/>
        <source>found quantity</source>
        <translation>виявлена кількість</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="96"/>
        <source>unit</source>
        <translation>одиниця виміру</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="97"/>
        <source>currency</source>
        <translation>валюта</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="98"/>
        <source>origin</source>
        <translation>країна походження</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="99"/>
        <source>amount</source>
        <translation>сума</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="100"/>
        <source>EUR equivalent</source>
        <translation>еквівалент у євро</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="101"/>
        <source>declared</source>
        <translation>декларування</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="102"/>
        <source>carrier</source>
        <translation>особа, що перевозить</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="103"/>
        <source>risk area</source>
        <translation>сфера ризику</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="104"/>
        <source>commodity</source>
        <translation>предмет</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="105"/>
        <source>quantity</source>
        <translation>кількість</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="106"/>
        <source>concealment method</source>
        <translation>спосіб приховування</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="107"/>
        <source>detection method</source>
        <translation>спосіб виявлення</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="108"/>
        <source>photos</source>
        <translation>фото</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="109"/>
        <source>creation time</source>
        <translation>час створення</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="110"/>
        <source>time of the last change</source>
        <translation>час останньої зміни</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="111"/>
        <source>finalization time</source>
        <translation>час завершення</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="112"/>
        <source>status</source>
        <translation>стан</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="113"/>
        <source>amended record</source>
        <translation>виправлений запис</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="117"/>
        <source>{field} is invalid: {detail}</source>
        <translation>{field}: недійсне значення: {detail}</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="118"/>
        <source>{field} is missing.</source>
        <translation>{field} — не вказано.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="119"/>
        <source>{field}: {value} is not a date of the form {form}.</source>
        <translation>{field}: {value} — не дата у формі {form}.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="121"/>
        <source>{field}: {value} is not a real date.</source>
        <translation>{field}: {value} — такої дати не існує.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="122"/>
        <source>{field} is in the future.</source>
        <translation>{field} — дата в майбутньому.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="123"/>
        <source>{field}: UTO (Utopia) is the ICAO specimen state, not a real country.</source>
        <translation>{field}: UTO (Утопія) — зразкова держава ІКАО, а не реальна країна.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="125"/>
        <source>{field}: {value} is a two-letter code; use the three-letter code {alpha3}.</source>
        <translation>{field}: {value} — дволітерний код; вкажіть трилітерний код {alpha3}.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="127"/>
        <source>{field}: {value} is not an ISO 3166-1 alpha-3 or ICAO country code.</source>
        <translation>{field}: {value} — не код країни ISO 3166-1 alpha-3 чи ІКАО.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="129"/>
        <source>{field}: {value} is not 3 letters (ISO 4217), e.g. EUR.</source>
        <translation>{field}: {value} — не 3 літери (ISO 4217), як-от EUR.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="131"/>
        <source>{field}: {value} is not an ISO 4217 currency code.</source>
        <translation>{field}: {value} — не код валюти ISO 4217.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="133"/>
        <source>{field}: {value} may hold only digits (and dots or spaces).</source>
        <translation>{field}: {value} може містити лише цифри (і крапки чи пробіли).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="135"/>
        <source>{field}: {value} has {digits} digits; give 6, 8 or 10.</source>
        <translation>{field}: {value} має цифр: {digits}; потрібно 6, 8 або 10.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="137"/>
        <source>{field}: there is no chapter {chapter} (chapters run from 01 to 97, and 77 is reserved).</source>
        <translation>{field}: групи {chapter} не існує (групи від 01 до 97, 77 зарезервовано).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="140"/>
        <source>{field}: {value} must start with a two-letter country code (e.g. DE, FR, XI).</source>
        <translation>{field}: {value} має починатися з дволітерного коду країни (як-от DE, FR, XI).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="143"/>
        <source>{field}: {value} must be a country code and then 1 to 15 letters or digits.</source>
        <translation>{field}: {value} має складатися з коду країни та 1–15 літер чи цифр.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="146"/>
        <source>{field}: {value} is not an ISO 6346 number (3-letter owner code, category letter, 6-digit serial, check digit).</source>
        <translation>{field}: {value} — не номер ISO 6346 (3 літери коду власника, літера категорії, 6 цифр серійного номера, контрольна цифра).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="149"/>
        <source>{field}: {value} has category letter {category}; it must be U, J or Z.</source>
        <translation>{field}: у {value} літера категорії {category}; має бути U, J або Z.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="151"/>
        <source>{field}: {value} has check digit {found}; it should be {expected}. Compare the number with the one on the container.</source>
        <translation>{field}: у {value} контрольна цифра {found}, а має бути {expected}. Звірте номер з написаним на контейнері.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="154"/>
        <source>{field}: {value} has {length} characters; a VIN has 17.</source>
        <translation>{field}: {value} має символів: {length}; у VIN їх 17.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="156"/>
        <source>{field}: {value} has {letter} at position {position}; VINs never use I, O or Q.</source>
        <translation>{field}: у {value} на позиції {position} стоїть {letter}; у VIN не буває I, O чи Q.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="159"/>
        <source>{field}: {value} has {letter} at position {position}; a VIN holds only A–Z and 0–9.</source>
        <translation>{field}: у {value} на позиції {position} стоїть {letter}; VIN містить лише A–Z і 0–9.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="162"/>
        <source>{field}: {value} has check digit {found} at position 9; it should be {expected}. North American VINs must carry a correct check digit.</source>
        <translation>{field}: у {value} на 9-й позиції контрольна цифра {found}, а має бути {expected}. Північноамериканські VIN мусять мати правильну контрольну цифру.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="165"/>
        <source>{field}: an MRN has 18 characters, like 25UA205050000123E0.</source>
        <translation>{field}: MRN має 18 символів, як-от 25UA205050000123E0.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="167"/>
        <source>{field} is negative.</source>
        <translation>{field} — від’ємне значення.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="168"/>
        <source>{field}: an entry is empty.</source>
        <translation>{field}: є порожній запис.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="169"/>
        <source>record at least one person, the vehicle or the consignment.</source>
        <translation>внесіть хоча б одну особу, транспортний засіб або вантаж.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="171"/>
        <source>plate, VIN, IMO number or journey number is missing.</source>
        <translation>не вказано ні номерного знака, ні VIN, ні номера IMO, ні номера рейсу.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="173"/>
        <source>declared or found quantity is missing.</source>
        <translation>не вказано ні задекларованої, ні виявленої кількості.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="174"/>
        <source>undeclared cash of {threshold} EUR or more (Reg. (EU) 2018/1672) needs a finding with risk area currency.</source>
        <translation>незадекларована готівка від {threshold} EUR (Регламент (ЄС) 2018/1672) потребує виявлення зі сферою ризику «валюта».</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="177"/>
        <source>the carrier is not one of the inspection&apos;s persons.</source>
        <translation>особа, що перевозить готівку, не серед осіб цього огляду.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="179"/>
        <source>refers to {count} photo(s) that are not attached.</source>
        <translation>посилається на фото, яких не додано: {count}.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="181"/>
        <source>{format} needs {lines} lines of {width} characters.</source>
        <translation>для {format} потрібно {lines} рядки по {width} символів.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="217"/>
        <source>{field}: {value} is not in the years {first}–{last}.</source>
        <translation>{field}: {value} — поза роками {first}–{last}.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="219"/>
        <source>{field} is not a plausible time (years {first}–{last}).</source>
        <translation>{field} — неправдоподібний час (роки {first}–{last}).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="221"/>
        <source>{field} holds the control character {character}, which a name or text must not hold.</source>
        <translation>{field} містить керівний символ {character}, якого в імені чи тексті бути не може.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="224"/>
        <source>line {line} is not JSON (column {column}).</source>
        <translation>рядок {line} — не JSON (стовпець {column}).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="226"/>
        <source>line {line} is not JSON this program reads (nested too deeply, NaN, Infinity or a number too long).</source>
        <translation>рядок {line} — JSON, якого ця програма не читає (надто глибока вкладеність, NaN, Infinity або надто довге число).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="229"/>
        <source>line {line} holds text that is not valid Unicode.</source>
        <translation>рядок {line} містить текст, що не є коректним Unicode.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="231"/>
        <source>line {line} is not a JSON object.</source>
        <translation>рядок {line} — не об&apos;єкт JSON.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="232"/>
        <source>line {line}, {field}: does not fit the format ({detail}).</source>
        <translation>рядок {line}, {field}: не відповідає формату ({detail}).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="234"/>
        <source>line {line}: only finalized inspections can be imported.</source>
        <translation>рядок {line}: імпортувати можна лише завершені огляди.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="236"/>
        <source>line {line}: the document does not read back the same.</source>
        <translation>рядок {line}: документ не прочитується так само.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="238"/>
        <source>line {line} is the same record as line {other_line}.</source>
        <translation>рядок {line} — той самий запис, що й рядок {other_line}.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="240"/>
        <source>line {line}: a different record with this id exists on this workstation.</source>
        <translation>рядок {line}: на цьому робочому місці вже є інший запис із цим ідентифікатором.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="243"/>
        <source>line {line} amends a record that is neither in the file nor on this workstation.</source>
        <translation>рядок {line} виправляє запис, якого немає ні у файлі, ні на цьому робочому місці.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="246"/>
        <source>line {line} claims to come from this workstation, which never made it.</source>
        <translation>рядок {line} стверджує, що походить із цього робочого місця, але воно його не створювало.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="332"/>
        <source>Give an override reason to accept it.</source>
        <translation>Щоб прийняти документ, вкажіть причину.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="183"/>
        <source>check digits failed ({fields}); give an override reason to accept it.</source>
        <translation>контрольні цифри не збіглися ({fields}); щоб прийняти документ, вкажіть причину.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="185"/>
        <source>the recorded check-digit results do not match the lines.</source>
        <translation>записані результати перевірки контрольних цифр не відповідають рядкам.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="258"/>
        <source>choose at least one control type.</source>
        <extracomment>The context of each sentence that is not in ``Problems`` (the MRZ reader&apos;s are ``Mrz``).</extracomment>
        <translation>виберіть хоча б один вид контролю.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="260"/>
        <source>say whether the cash was declared.</source>
        <translation>вкажіть, чи готівку задекларовано.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="262"/>
        <source>a seal number is empty.</source>
        <translation>номер однієї з пломб порожній.</translation>
    </message>
</context>
<context>
    <name>QuarantineDialog</name>
    <message>
        <location filename="../../ui/quarantine.ui" line="6"/>
        <source>Items refused by HQ</source>
        <translation>Відхилене штабом</translation>
    </message>
    <message>
        <source>HQ refused these records for good, so they are kept aside (quarantined) while everything else keeps flowing. They stay on this workstation. Once HQ has fixed the cause (an upgrade, a corrected rule), offer them again.</source>
        <translation type="vanished">Штаб остаточно відхилив ці записи, тож їх відкладено (карантин), а все інше надсилається далі. Вони лишаються на цьому робочому місці. Коли штаб усуне причину (оновлення, виправлене правило), запропонуйте їх знову.</translation>
    </message>
    <message>
        <location filename="../../ui/quarantine.ui" line="21"/>
        <source>HQ refused these records for good, so they are kept aside (quarantined) while everything else keeps flowing. They stay on this workstation. Once HQ has fixed the cause (an upgrade, a corrected rule), offer them again. Items from HQ that this workstation refused (an account named like a local one, a change that would leave no supervisor, an item it cannot read) are listed too; they are replaced when HQ sends a newer version.</source>
        <translation>Штаб остаточно відхилив ці записи, тож їх відкладено (карантин), а все інше надсилається далі. Вони лишаються на цьому робочому місці. Коли штаб усуне причину (оновлення, виправлене правило), запропонуйте їх знову. Тут також перелічено елементи від штабу, які відхилило це робоче місце (обліковий запис з ім&apos;ям місцевого, зміна, після якої не лишилося б керівника, елемент, який неможливо прочитати); їх замінить новіша версія від штабу.</translation>
    </message>
    <message>
        <location filename="../../ui/quarantine.ui" line="50"/>
        <source>Entry</source>
        <translation>Запис журналу</translation>
    </message>
    <message>
        <location filename="../../ui/quarantine.ui" line="55"/>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <location filename="../../ui/quarantine.ui" line="60"/>
        <source>Refused at</source>
        <translation>Коли відхилено</translation>
    </message>
    <message>
        <location filename="../../ui/quarantine.ui" line="65"/>
        <source>Why</source>
        <translation>Чому</translation>
    </message>
    <message>
        <location filename="../../ui/quarantine.ui" line="98"/>
        <source>&amp;Offer to HQ again</source>
        <translation>&amp;Запропонувати штабу знову</translation>
    </message>
    <message>
        <location filename="../../ui/quarantine.ui" line="105"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрити</translation>
    </message>
    <message>
        <source>Nothing is quarantined: HQ accepted everything it was sent.</source>
        <translation type="vanished">Карантин порожній: штаб прийняв усе надіслане.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/dialogs.py" line="151"/>
        <source>from HQ, v%1</source>
        <translation>від штабу, в. %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/dialogs.py" line="164"/>
        <source>Nothing is quarantined: HQ accepted everything it was sent, and this workstation everything HQ sent.</source>
        <translation>Карантин порожній: штаб прийняв усе надіслане, а це робоче місце — усе, що надіслав штаб.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/dialogs.py" line="177"/>
        <source>Offering the items to HQ again…</source>
        <translation>Повторно пропонуємо штабу…</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/dialogs.py" line="183"/>
        <source>Offered %1 again: %2 accepted by HQ, %3 still refused.</source>
        <translation>Запропоновано знову: %1; штаб прийняв %2, досі відхилено %3.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings.ui" line="6"/>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="20"/>
        <source>&amp;Lock after idle (minutes):</source>
        <translation>&amp;Блокувати після бездіяльності (хв):</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="40"/>
        <source>&amp;Checkpoint code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="50"/>
        <source>e.g. UA-KYIV-BORYSPIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="57"/>
        <source>Default &amp;lane:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="70"/>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="88"/>
        <source>The language takes effect the next time the program starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../ui/setup.ui" line="6"/>
        <source>Set up this workstation</source>
        <translation>Налаштування робочого місця</translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="21"/>
        <source>This workstation has not been set up yet. Set it up now: an encrypted database is created here, with a first supervisor account who can then add the other operators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="30"/>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="50"/>
        <source>&amp;Supervisor name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="60"/>
        <source>e.g. chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="67"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="80"/>
        <source>at least 12 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="87"/>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="104"/>
        <source>HQ &amp;recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="114"/>
        <source>optional: HQ&apos;s X25519 public key (PEM file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup.ui" line="121"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Огляд…</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/auth.py" line="43"/>
        <source>&amp;Set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/auth.py" line="49"/>
        <source>HQ&apos;s recovery public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/auth.py" line="49"/>
        <source>PEM files (*.pem);;All (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/auth.py" line="57"/>
        <source>Give the supervisor&apos;s user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/auth.py" line="61"/>
        <source>The two passwords differ; type them again.</source>
        <translation>Паролі не збігаються; введіть їх ще раз.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>HQ cannot be reached; the records wait here safely and the sync is retried by itself.</source>
        <translation type="vanished">Штаб недоступний; записи безпечно чекають тут, синхронізація повториться сама.</translation>
    </message>
    <message>
        <source>Another sync of this workstation is running (the command line?); this one is retried when it ends.</source>
        <translation type="vanished">Вже триває інша синхронізація цього робочого місця (з командного рядка?); ця повториться, коли вона завершиться.</translation>
    </message>
    <message>
        <source>This workstation is not enrolled with HQ, or HQ refused the enrollment: a supervisor enrolls it with a new one-time code from HQ (Sync ▸ Enroll with HQ…).</source>
        <translation type="vanished">Це робоче місце не зареєстровано у штабі, або штаб відхилив реєстрацію: керівник реєструє його з новим одноразовим кодом від штабу (Синхронізація ▸ Реєстрація у штабі…).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="282"/>
        <source>HQ refused this workstation&apos;s request:</source>
        <translation>Штаб відхилив запит цього робочого місця:</translation>
    </message>
    <message>
        <source>The sync keeps retrying, but this needs HQ: call HQ&apos;s administrators (a rollback or a fork has raised an alert there).</source>
        <translation type="vanished">Синхронізація повторюється, але тут потрібен штаб: зверніться до адміністраторів штабу (відкат чи розгалуження журналу підняли там тривогу).</translation>
    </message>
    <message>
        <source>HQ&apos;s answer could not be trusted, so nothing from it was used:</source>
        <translation type="vanished">Відповіді штабу не можна довіряти, тому з неї нічого не використано:</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="226"/>
        <source>HQ has newer records of this workstation than it holds: the workstation was restored from an old backup (rollback). HQ has raised an alert.</source>
        <extracomment>HQ&apos;s machine codes (``hq_code`` of a refusal) → what they mean for the officer.</extracomment>
        <translation>У штабі є новіші записи цього робочого місця, ніж на ньому самому: робоче місце відновлено зі старої резервної копії (відкат). Штаб зафіксував тривогу.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="229"/>
        <source>This workstation&apos;s journal differs from the one HQ has (fork). HQ has raised an alert.</source>
        <translation>Журнал цього робочого місця відрізняється від журналу в штабі (розгалуження). Штаб зафіксував тривогу.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="232"/>
        <source>Records of this workstation are missing at HQ (gap).</source>
        <translation>У штабі бракує записів цього робочого місця (розрив).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="233"/>
        <source>HQ does not know this workstation (any more).</source>
        <translation>Штаб не знає (більше) цього робочого місця.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="234"/>
        <source>HQ did not accept this workstation&apos;s signature.</source>
        <translation>Штаб не прийняв підпис цього робочого місця.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="236"/>
        <source>HQ refused a request it had seen before (replay).</source>
        <translation>Штаб відхилив запит, який уже отримував (повтор).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="237"/>
        <source>HQ refused the request&apos;s time: this workstation&apos;s clock is far off.</source>
        <translation>Штаб відхилив час запиту: годинник цього робочого місця дуже неточний.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="239"/>
        <source>Too many attempts: HQ asks to wait.</source>
        <translation>Забагато спроб: штаб просить зачекати.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="240"/>
        <source>The request is larger than HQ accepts.</source>
        <translation>Запит більший, ніж приймає штаб.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="241"/>
        <source>HQ does not know this enrollment code.</source>
        <translation>Штаб не знає цього коду реєстрації.</translation>
    </message>
    <message>
        <source>This enrollment code has been used already.</source>
        <translation type="vanished">Цей код реєстрації вже використано.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="242"/>
        <source>This enrollment code has already been used.</source>
        <translation>Цей код реєстрації вже використано.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="243"/>
        <source>This enrollment code has expired.</source>
        <translation>Строк дії цього коду реєстрації минув.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="244"/>
        <source>This workstation is enrolled already.</source>
        <translation>Це робоче місце вже зареєстровано.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="255"/>
        <source>HQ refused the request (HTTP %1, %2).</source>
        <translation>Штаб відхилив запит (HTTP %1, %2).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="270"/>
        <source>The records wait here safely and the sync is retried by itself.</source>
        <translation>Записи безпечно чекають тут, синхронізація повториться сама.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="277"/>
        <source>A supervisor enrolls this workstation with a new one-time code from HQ (Sync ▸ Enroll with HQ…).</source>
        <translation>Керівник зміни реєструє це робоче місце з новим одноразовим кодом від штабу (Синхронізація ▸ Реєстрація у штабі…).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="283"/>
        <source>The sync keeps retrying, but this needs HQ: call HQ&apos;s administrators.</source>
        <translation>Синхронізація повторюється, але тут потрібен штаб: зателефонуйте адміністраторам штабу.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="286"/>
        <source>HQ&apos;s answer could not be trusted, so nothing from it was used.</source>
        <translation>Відповіді штабу не можна довіряти, тому з неї нічого не використано.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="288"/>
        <source>The sync is retried; if this persists, call HQ&apos;s administrators.</source>
        <translation>Синхронізація повториться; якщо це не минає, зверніться до адміністраторів штабу.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="296"/>
        <source>HQ refused the code:</source>
        <translation>Штаб відхилив код:</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="297"/>
        <source>ask HQ for a new one-time code.</source>
        <translation>попросіть у штабу новий одноразовий код.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="300"/>
        <source>HQ cannot be reached at that address: check the address (https://host:port) and the network, then try again.</source>
        <translation>Штаб недоступний за цією адресою: перевірте адресу (https://хост:порт) і мережу, потім спробуйте знову.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="303"/>
        <source>HQ could not be verified: its certificate is not from the CA file you chose, or its answer is not signed as it should be. Check that the CA file is the one HQ gave for this server, and the address.</source>
        <translation>Не вдалося перевірити штаб: його сертифікат не від вибраного файлу ЦС, або відповідь підписано не так, як слід. Перевірте, що файл ЦС — саме той, що штаб дав для цього сервера, і адресу.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/status_bar.py" line="45"/>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/status_bar.py" line="47"/>
        <source>%1 min</source>
        <translation>%1 хв</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/status_bar.py" line="48"/>
        <source>%1 h %2 min</source>
        <translation>%1 год %2 хв</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/status_bar.py" line="58"/>
        <source>Clock %1 behind HQ</source>
        <translation>Годинник відстає від штабу на %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/status_bar.py" line="59"/>
        <source>Clock %1 ahead of HQ</source>
        <translation>Годинник поспішає відносно штабу на %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/status_bar.py" line="61"/>
        <source>This workstation&apos;s clock is %1 behind HQ&apos;s. Sync still works, but the times on new records are wrong: set the clock right.</source>
        <translation>Годинник цього робочого місця відстає від штабного на %1. Синхронізація працює, але час у нових записах хибний: виставте правильний час.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/status_bar.py" line="64"/>
        <source>This workstation&apos;s clock is %1 ahead of HQ&apos;s. Sync still works, but the times on new records are wrong: set the clock right.</source>
        <translation>Годинник цього робочого місця поспішає відносно штабного на %1. Синхронізація працює, але час у нових записах хибний: виставте правильний час.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/status_bar.py" line="72"/>
        <source>Syncing…</source>
        <translation>Синхронізація…</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/status_bar.py" line="75"/>
        <source>Syncing: sending %1 of %2…</source>
        <translation>Синхронізація: надіслано %1 з %2…</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/status_bar.py" line="76"/>
        <source>Syncing: sending…</source>
        <translation>Синхронізація: надсилання…</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/status_bar.py" line="77"/>
        <source>Syncing: receiving %1…</source>
        <translation>Синхронізація: отримано %1…</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/status_bar.py" line="83"/>
        <source>Offline – not enrolled with HQ</source>
        <translation>Офлайн – не зареєстровано у штабі</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/status_bar.py" line="87"/>
        <source>Up to date – last sync %1</source>
        <translation>Синхронізовано – востаннє о %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/status_bar.py" line="91"/>
        <source>Offline – not synchronised with HQ yet</source>
        <translation>Офлайн – ще не синхронізовано зі штабом</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/status_bar.py" line="92"/>
        <source>Offline – HQ cannot be reached; retrying</source>
        <translation>Офлайн – штаб недоступний; повторна спроба</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/status_bar.py" line="93"/>
        <source>Sync error: %1</source>
        <translation>Помилка синхронізації: %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/status_bar.py" line="107"/>
        <source>A supervisor enrolls this workstation with HQ: Sync ▸ Enroll with HQ…, with the address, a one-time code and HQ&apos;s CA certificate.</source>
        <translation>Керівник реєструє це робоче місце у штабі: Синхронізація ▸ Реєстрація у штабі…, з адресою, одноразовим кодом і сертифікатом ЦС штабу.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/status_bar.py" line="112"/>
        <source>never</source>
        <translation>ніколи</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/status_bar.py" line="113"/>
        <source>Last successful sync: %1</source>
        <translation>Остання успішна синхронізація: %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/status_bar.py" line="126"/>
        <source>Not yet acknowledged by HQ: %1</source>
        <translation>Ще не підтверджено штабом: %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/status_bar.py" line="128"/>
        <source>refused by HQ: %1</source>
        <translation>відхилено штабом: %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/status_bar.py" line="130"/>
        <source>from HQ, set aside: %1</source>
        <translation>від штабу відкладено: %1</translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message>
        <location filename="../../checkpoint/gui/sync/status_bar.py" line="155"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/status_bar.py" line="156"/>
        <source>Stop the sync at the next safe point (Shift+F9)</source>
        <translation>Зупинити синхронізацію в найближчій безпечній точці (Shift+F9)</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/status_bar.py" line="195"/>
        <source>Click for details.</source>
        <translation>Клацніть, щоб побачити подробиці.</translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <location filename="../../checkpoint/gui/sync/menu.py" line="106"/>
        <source>Sync with HQ</source>
        <translation>Синхронізація зі штабом</translation>
    </message>
</context>
<context>
    <name>VehiclePart</name>
    <message>
        <location filename="../../ui/vehicle.ui" line="11"/>
        <source>&amp;Plate:</source>
        <translation>&amp;Номерний знак:</translation>
    </message>
    <message>
        <location filename="../../ui/vehicle.ui" line="24"/>
        <source>Registration &amp;country:</source>
        <translation>&amp;Країна реєстрації:</translation>
    </message>
    <message>
        <location filename="../../ui/vehicle.ui" line="34"/>
        <source>e.g. UKR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vehicle.ui" line="57"/>
        <source>&amp;VIN:</source>
        <translation>&amp;VIN:</translation>
    </message>
    <message>
        <location filename="../../ui/vehicle.ui" line="67"/>
        <source>17 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vehicle.ui" line="90"/>
        <source>&amp;Make and model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vehicle.ui" line="103"/>
        <source>&amp;Trailer plate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vehicle.ui" line="116"/>
        <source>T&amp;railer country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vehicle.ui" line="145"/>
        <source>&amp;IMO number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vehicle.ui" line="155"/>
        <source>ships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vehicle.ui" line="162"/>
        <source>&amp;Journey number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vehicle.ui" line="172"/>
        <source>voyage, train or flight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
