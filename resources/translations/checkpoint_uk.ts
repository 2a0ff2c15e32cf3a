<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name>Accounts</name>
    <message>
        <location filename="../../checkpoint/gui/accounts/dialogs.py" line="23"/>
        <source>Supervisor</source>
        <translation>Керівник</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/accounts/dialogs.py" line="24"/>
        <source>Inspector</source>
        <translation>Інспектор</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../ui/accounts.ui" line="6"/>
        <source>Operator accounts</source>
        <translation>Облікові записи операторів</translation>
    </message>
    <message>
        <location filename="../../ui/accounts.ui" line="18"/>
        <source>The operators of this workstation. A disabled account cannot log in; its records stay attributed to it.</source>
        <translation>Оператори цього робочого місця. Вимкнений обліковий запис не може увійти; його записи й далі приписані йому.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts.ui" line="40"/>
        <source>User name</source>
        <translation>Ім&apos;я користувача</translation>
    </message>
    <message>
        <location filename="../../ui/accounts.ui" line="45"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../ui/accounts.ui" line="50"/>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../../ui/accounts.ui" line="55"/>
        <source>Login</source>
        <translation>Вхід</translation>
    </message>
    <message>
        <location filename="../../ui/accounts.ui" line="65"/>
        <source>&amp;Add…</source>
        <translation>&amp;Додати…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts.ui" line="72"/>
        <source>&amp;Reset password or role…</source>
        <translation>&amp;Скинути пароль або роль…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts.ui" line="79"/>
        <location filename="../../checkpoint/gui/accounts/window.py" line="172"/>
        <source>&amp;Disable</source>
        <translation>&amp;Вимкнути</translation>
    </message>
    <message>
        <location filename="../../ui/accounts.ui" line="86"/>
        <source>&amp;Enable again…</source>
        <translation>Увімкнути &amp;знову…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts.ui" line="93"/>
        <source>&amp;Clear login delay</source>
        <translation>&amp;Зняти затримку входу</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/accounts/window.py" line="75"/>
        <source>disabled</source>
        <translation>вимкнено</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/accounts/window.py" line="77"/>
        <source>must choose a password</source>
        <translation>має обрати пароль</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/accounts/window.py" line="78"/>
        <source>active</source>
        <translation>активний</translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkpoint/gui/accounts/window.py" line="83"/>
        <source>delayed %n s</source>
        <translation>
            <numerusform>затримка %n с</numerusform>
            <numerusform>затримка %n с</numerusform>
            <numerusform>затримка %n с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkpoint/gui/accounts/window.py" line="85"/>
        <source>%n failed attempt(s)</source>
        <translation>
            <numerusform>%n невдала спроба</numerusform>
            <numerusform>%n невдалі спроби</numerusform>
            <numerusform>%n невдалих спроб</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/accounts/window.py" line="137"/>
        <source>%1 added; they choose their own password at their first login.</source>
        <translation>%1 додано; оператор обере власний пароль під час першого входу.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/accounts/window.py" line="155"/>
        <source>%1 enabled again.</source>
        <translation>%1 знову увімкнено.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/accounts/window.py" line="158"/>
        <source>%1 has a temporary password now.</source>
        <translation>%1 тепер має тимчасовий пароль.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/accounts/window.py" line="168"/>
        <source>Disable an account</source>
        <translation>Вимкнення облікового запису</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/accounts/window.py" line="169"/>
        <source>Disable %1? They can no longer log in on this workstation; their records stay attributed to them.</source>
        <translation>Вимкнути %1? Цей оператор більше не зможе увійти на цьому робочому місці; його записи й далі приписані йому.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/accounts/window.py" line="179"/>
        <source>%1 disabled.</source>
        <translation>%1 вимкнено.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/accounts/window.py" line="192"/>
        <source>%1 may log in again at once.</source>
        <translation>%1 може знову входити одразу.</translation>
    </message>
</context>
<context>
    <name>AccountsUi</name>
    <message>
        <location filename="../../checkpoint/gui/accounts/__init__.py" line="49"/>
        <source>Your password was changed.</source>
        <translation>Ваш пароль змінено.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/accounts/__init__.py" line="56"/>
        <source>That is not your current password.</source>
        <translation>Це не ваш поточний пароль.</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <location filename="../../ui/account_add.ui" line="6"/>
        <source>Add an operator</source>
        <translation>Додати оператора</translation>
    </message>
    <message>
        <location filename="../../ui/account_add.ui" line="18"/>
        <source>The operator logs in with the temporary password you give here and must then choose their own.</source>
        <translation>Оператор увійде з тимчасовим паролем, який ви тут задаєте, і тоді має обрати власний.</translation>
    </message>
    <message>
        <location filename="../../ui/account_add.ui" line="30"/>
        <source>&amp;User name:</source>
        <translation>&amp;Ім&apos;я користувача:</translation>
    </message>
    <message>
        <location filename="../../ui/account_add.ui" line="43"/>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <location filename="../../ui/account_add.ui" line="56"/>
        <source>&amp;Temporary password:</source>
        <translation>&amp;Тимчасовий пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/account_add.ui" line="73"/>
        <source>Re&amp;peat it:</source>
        <translation>&amp;Повторіть його:</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/accounts/dialogs.py" line="71"/>
        <source>Give the operator&apos;s user name.</source>
        <translation>Вкажіть ім&apos;я користувача оператора.</translation>
    </message>
</context>
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
        <location filename="../../checkpoint/gui/app.py" line="171"/>
        <source>Setting up…</source>
        <translation>Налаштування…</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/app.py" line="246"/>
        <source>Unlocking…</source>
        <translation>Розблокування…</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/app.py" line="307"/>
        <source>Failed login attempts</source>
        <translation>Невдалі спроби входу</translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkpoint/gui/app.py" line="308"/>
        <source>%n failed login attempt(s) on your name since your last login. If they were not yours, tell your supervisor.</source>
        <translation>
            <numerusform>%n невдала спроба входу під вашим ім&apos;ям від вашого останнього входу. Якщо це були не ви, повідомте керівника.</numerusform>
            <numerusform>%n невдалі спроби входу під вашим ім&apos;ям від вашого останнього входу. Якщо це були не ви, повідомте керівника.</numerusform>
            <numerusform>%n невдалих спроб входу під вашим ім&apos;ям від вашого останнього входу. Якщо це були не ви, повідомте керівника.</numerusform>
        </translation>
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
        <location filename="../../checkpoint/gui/parts.py" line="185"/>
        <source>declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/parts.py" line="186"/>
        <source>not declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/parts.py" line="205"/>
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
        <translation>&amp;Новий пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="47"/>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/auth.py" line="215"/>
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
        <location filename="../../checkpoint/gui/sync_dialogs.py" line="55"/>
        <source>&amp;Enroll</source>
        <translation>&amp;Зареєструвати</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync_dialogs.py" line="63"/>
        <source>HQ&apos;s CA certificate</source>
        <translation>Сертифікат ЦС штабу</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync_dialogs.py" line="64"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Сертифікати (*.pem *.crt);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync_dialogs.py" line="83"/>
        <source>Give HQ&apos;s address, e.g. https://hq.example:8443.</source>
        <translation>Вкажіть адресу штабу, напр. https://hq.example:8443.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync_dialogs.py" line="84"/>
        <source>Give the one-time code HQ issued for this post.</source>
        <translation>Вкажіть одноразовий код, який штаб видав для цього пункту.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync_dialogs.py" line="85"/>
        <source>Choose HQ&apos;s CA certificate (the PEM file HQ gave).</source>
        <translation>Виберіть сертифікат ЦС штабу (файл PEM від штабу).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync_dialogs.py" line="90"/>
        <location filename="../../checkpoint/gui/sync_dialogs.py" line="98"/>
        <source>Enrolling with HQ…</source>
        <translation>Реєстрація у штабі…</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync_dialogs.py" line="104"/>
        <source>Enrolled with HQ %1 as a workstation of post %2. HQ&apos;s key fingerprint is %3: HQ can confirm it.</source>
        <translation>Зареєстровано у штабі %1 як робоче місце пункту %2. Відбиток ключа штабу: %3 — штаб може його підтвердити.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="27"/>
        <source>Too many failed attempts: wait %n second(s) before trying again.</source>
        <translation>Забагато невдалих спроб: зачекайте %n с і спробуйте знову.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="31"/>
        <source>Wrong user name or password.</source>
        <translation>Неправильне ім&apos;я користувача або пароль.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="33"/>
        <source>Your role does not allow this.</source>
        <translation>Ваша роль цього не дозволяє.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="35"/>
        <source>The password is not acceptable:</source>
        <translation>Пароль не підходить:</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="37"/>
        <source>The workstation is locked; log in again.</source>
        <translation>Робоче місце заблоковано; увійдіть знову.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="41"/>
        <source>This cannot be done now:</source>
        <translation>Зараз це неможливо:</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="43"/>
        <source>The record was not found; it may have been discarded.</source>
        <translation>Запис не знайдено; можливо, його скасовано.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="45"/>
        <source>The database is busy in another program (a command-line tool?). Close it and try again.</source>
        <translation>База даних зайнята іншою програмою (інструментом командного рядка?). Закрийте її та спробуйте знову.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="48"/>
        <source>The workstation&apos;s files are damaged or were tampered with. Do not go on: call your supervisor, who can restore the last backup.</source>
        <translation>Файли робочого місця пошкоджено або змінено. Не продовжуйте: зверніться до керівника, який може відновити останню резервну копію.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="52"/>
        <source>A workstation already exists in this folder.</source>
        <translation>У цій теці вже є робоче місце.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="54"/>
        <source>There is no workstation in this folder yet.</source>
        <translation>У цій теці ще немає робочого місця.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="56"/>
        <source>The workstation database failed. Try again; if it keeps failing, call your supervisor.</source>
        <translation>Збій бази даних робочого місця. Спробуйте знову; якщо повторюється, зверніться до керівника.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="61"/>
        <source>Synchronisation with headquarters failed; it will be retried.</source>
        <translation>Синхронізація зі штабом не вдалася; її буде повторено.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="66"/>
        <source>Something went wrong unexpectedly (%s). The details are in the log; your saved work is safe.</source>
        <translation>Сталася неочікувана помилка (%s). Подробиці — у журналі; збережена робота в безпеці.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../checkpoint/gui/fields.py" line="178"/>
        <source>An MRN has 18 characters, like 25UA205050000123E0.</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../checkpoint/gui/inspection_form.py" line="177"/>
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
        <location filename="../../checkpoint/gui/inspection_form.py" line="176"/>
        <location filename="../../checkpoint/gui/inspection_form.py" line="189"/>
        <source>draft</source>
        <translation>чернетка</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection_form.py" line="176"/>
        <location filename="../../checkpoint/gui/inspection_form.py" line="189"/>
        <source>finalized</source>
        <translation>завершено</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection_form.py" line="177"/>
        <source>Amendment</source>
        <translation>Виправлення</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection_form.py" line="182"/>
        <source>Corrects &lt;a href=&quot;%1&quot;&gt;the original record&lt;/a&gt;. Reason: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection_form.py" line="186"/>
        <source>Amended &lt;a href=&quot;%1&quot;&gt;%2 by %3&lt;/a&gt; (%4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection_form.py" line="194"/>
        <source>Finalized %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection_form.py" line="218"/>
        <source>Editing…</source>
        <translation>Редагування…</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection_form.py" line="240"/>
        <source>Saved %1</source>
        <translation>Збережено %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection_form.py" line="249"/>
        <source>NOT saved</source>
        <translation>НЕ збережено</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection_form.py" line="264"/>
        <source>Finalizing…</source>
        <translation>Завершення…</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection_form.py" line="287"/>
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
        <location filename="../../checkpoint/gui/list_model.py" line="38"/>
        <source>Time</source>
        <extracomment>(attribute of Summary, column title)</extracomment>
        <translation>Час</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="39"/>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="40"/>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="41"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="42"/>
        <source>Plate</source>
        <translation>Номер авто</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="43"/>
        <source>Lane</source>
        <translation>Смуга</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="44"/>
        <source>Direction</source>
        <translation>Напрямок</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="45"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="46"/>
        <source>Officer</source>
        <translation>Інспектор</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="82"/>
        <source>entry</source>
        <translation>в&apos;їзд</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="83"/>
        <source>exit</source>
        <translation>виїзд</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="84"/>
        <source>transit</source>
        <translation>транзит</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="85"/>
        <source>released</source>
        <translation>пропущено</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="86"/>
        <source>secondary inspection</source>
        <translation>поглиблений огляд</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="87"/>
        <source>refused entry</source>
        <translation>відмовлено у в&apos;їзді</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="88"/>
        <source>detained</source>
        <translation>затримано</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="89"/>
        <source>referred</source>
        <translation>передано</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="97"/>
        <source>draft</source>
        <translation>чернетка</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="99"/>
        <source>amendment</source>
        <translation>виправлення</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="100"/>
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
        <location filename="../../checkpoint/gui/auth.py" line="100"/>
        <source>&amp;Log in</source>
        <translation>&amp;Увійти</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/auth.py" line="101"/>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/auth.py" line="134"/>
        <source>Type your user name.</source>
        <translation>Введіть ім&apos;я користувача.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkpoint/gui/auth.py" line="183"/>
        <source>Too many failed attempts on this name: you can log in again in %n second(s).</source>
        <translation>
            <numerusform>Забагато невдалих спроб під цим ім&apos;ям: увійти знову можна через %n секунду.</numerusform>
            <numerusform>Забагато невдалих спроб під цим ім&apos;ям: увійти знову можна через %n секунди.</numerusform>
            <numerusform>Забагато невдалих спроб під цим ім&apos;ям: увійти знову можна через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/auth.py" line="187"/>
        <source>You can log in again now.</source>
        <translation>Тепер можна увійти знову.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.ui" line="6"/>
        <location filename="../../checkpoint/gui/main_window.py" line="388"/>
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
        <location filename="../../ui/main_window.ui" line="39"/>
        <source>Also na&amp;mes</source>
        <translation>Також &amp;імена</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="42"/>
        <source>A query with a digit searches document numbers, plates, VINs and containers only; tick this to search names too</source>
        <translation>Запит із цифрою шукає лише номери документів, номерні знаки, VIN і контейнери; позначте, щоб шукати й імена</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="50"/>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="55"/>
        <location filename="../../checkpoint/gui/main_window.py" line="162"/>
        <source>All inspections</source>
        <translation>Усі огляди</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="65"/>
        <location filename="../../checkpoint/gui/main_window.py" line="163"/>
        <source>Today&apos;s inspections</source>
        <translation>Сьогоднішні огляди</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="122"/>
        <source>&amp;Open</source>
        <translation>&amp;Відкрити</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="129"/>
        <location filename="../../ui/main_window.ui" line="194"/>
        <source>&amp;New inspection</source>
        <translation>&amp;Новий огляд</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="158"/>
        <source>Locked</source>
        <translation>Заблоковано</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="197"/>
        <source>Start a new inspection (Ctrl+N)</source>
        <translation>Почати новий огляд (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="200"/>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="210"/>
        <source>&amp;Find…</source>
        <translation>&amp;Знайти…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="213"/>
        <source>Search all inspections (Ctrl+F)</source>
        <translation>Шукати серед усіх оглядів (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="216"/>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="226"/>
        <source>&amp;Today&apos;s inspections</source>
        <translation>&amp;Сьогоднішні огляди</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="229"/>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="234"/>
        <source>&amp;All inspections</source>
        <translation>&amp;Усі огляди</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="237"/>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="242"/>
        <source>&amp;Unfinished inspections…</source>
        <translation>&amp;Незавершені огляди…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="245"/>
        <source>Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="255"/>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокувати</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="258"/>
        <source>Lock the workstation (Ctrl+L)</source>
        <translation>Заблокувати робоче місце (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="261"/>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="266"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="269"/>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="277"/>
        <source>Operator &amp;accounts…</source>
        <translation>&amp;Облікові записи операторів…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="280"/>
        <source>Add, disable and reset the operators of this workstation (supervisors)</source>
        <translation>Додати, вимкнути та скинути операторів цього робочого місця (для керівників)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="288"/>
        <source>Change my pass&amp;word…</source>
        <translation>Змінити мій па&amp;роль…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="298"/>
        <source>Sync &amp;now</source>
        <translation>&amp;Синхронізувати зараз</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="301"/>
        <source>Send what HQ lacks and fetch what HQ published, now (F9)</source>
        <translation>Надіслати те, чого немає у штабі, й отримати опубліковане штабом — зараз (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="304"/>
        <source>F9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="314"/>
        <source>&amp;Cancel sync</source>
        <translation>&amp;Скасувати синхронізацію</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="317"/>
        <source>Stop the running sync at the next safe point; the rest follows later (Shift+F9)</source>
        <translation>Зупинити синхронізацію в найближчій безпечній точці; решта піде пізніше (Shift+F9)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="320"/>
        <source>Shift+F9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="325"/>
        <source>Sync &amp;status…</source>
        <translation>&amp;Стан синхронізації…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="330"/>
        <source>&amp;Enroll with HQ…</source>
        <translation>&amp;Реєстрація у штабі…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="335"/>
        <source>Items &amp;refused by HQ…</source>
        <translation>&amp;Відхилене штабом…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="340"/>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="343"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="348"/>
        <source>&amp;About Checkpoint</source>
        <translation>&amp;Про Checkpoint</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="354"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="369"/>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="378"/>
        <source>&amp;Sync</source>
        <translation>&amp;Синхронізація</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="390"/>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="404"/>
        <source>Main toolbar</source>
        <translation>Головна панель</translation>
    </message>
    <message>
        <source>offline – sync not configured</source>
        <extracomment>Search results asked for first: a screenful, shown before the rest arrives.</extracomment>
        <translation type="vanished">офлайн – синхронізацію не налаштовано</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/main_window.py" line="119"/>
        <source>Operator: %1</source>
        <extracomment>Search results asked for first: a screenful, shown before the rest arrives.</extracomment>
        <translation>Оператор: %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/main_window.py" line="120"/>
        <source>Role: %1</source>
        <translation>Роль: %1</translation>
    </message>
    <message>
        <source>Not yet sent to HQ: %1</source>
        <translation type="vanished">Ще не надіслано до центру: %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/main_window.py" line="266"/>
        <source>%1 inspection(s)</source>
        <translation>Оглядів: %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/main_window.py" line="297"/>
        <location filename="../../checkpoint/gui/main_window.py" line="312"/>
        <source>%1 found</source>
        <translation>Знайдено: %1</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation type="vanished">Пошук: %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/main_window.py" line="213"/>
        <source>More than %1 inspections: this list sorts by time only. Choose Today or search to sort by another column.</source>
        <translation>Понад %1 оглядів: цей список сортується лише за часом. Оберіть «Сьогодні» або пошук, щоб сортувати за іншим стовпцем.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/main_window.py" line="309"/>
        <source>Search in all inspections: %1</source>
        <translation>Пошук у всіх оглядах: %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/main_window.py" line="310"/>
        <source>Search in today&apos;s inspections: %1</source>
        <translation>Пошук у сьогоднішніх оглядах: %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/main_window.py" line="312"/>
        <source>%1+ found</source>
        <translation>Знайдено: %1+</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/main_window.py" line="315"/>
        <source>(identifiers only; tick Also names to search names)</source>
        <translation>(лише ідентифікатори; позначте «Також імена», щоб шукати імена)</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/main_window.py" line="394"/>
        <source>About Checkpoint</source>
        <translation>Про Checkpoint</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/main_window.py" line="395"/>
        <source>Checkpoint: the workstation of the border and customs checkpoint. Records are kept encrypted on this workstation and sent to headquarters (Sync ▸ Sync now, F9, and in the background once the workstation is enrolled).</source>
        <translation>Checkpoint: робоче місце прикордонного та митного пункту пропуску. Записи зберігаються зашифрованими на цьому робочому місці й надсилаються до штабу (Синхронізація ▸ Синхронізувати зараз, F9, і у фоні, щойно робоче місце зареєстровано).</translation>
    </message>
</context>
<context>
    <name>Mrz</name>
    <message>
        <location filename="../../checkpoint/gui/mrz.py" line="24"/>
        <source>document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/mrz.py" line="25"/>
        <source>birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/mrz.py" line="26"/>
        <source>expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/mrz.py" line="27"/>
        <source>optional data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/mrz.py" line="28"/>
        <source>composite (whole zone)</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../checkpoint/gui/mrz.py" line="47"/>
        <source>Check digit</source>
        <translation>Контрольна цифра</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/mrz.py" line="47"/>
        <source>Read</source>
        <translation>Зчитано</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/mrz.py" line="47"/>
        <source>Expected</source>
        <translation>Очікувано</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/mrz.py" line="47"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/mrz.py" line="65"/>
        <source>Line %1 read; waiting for the next line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/mrz.py" line="94"/>
        <source>correct</source>
        <translation>правильно</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/mrz.py" line="94"/>
        <source>FAILED</source>
        <translation>ПОМИЛКА</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/mrz.py" line="103"/>
        <source>Check digit failed: %1. Check the document by eye; to accept it, give the reason below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/mrz.py" line="109"/>
        <source>%1: every check digit is correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/mrz.py" line="110"/>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyPasswordDialog</name>
    <message>
        <location filename="../../ui/my_password.ui" line="6"/>
        <source>Change my password</source>
        <translation>Зміна мого пароля</translation>
    </message>
    <message>
        <location filename="../../ui/my_password.ui" line="18"/>
        <source>At least 12 characters, four of them different, not your user name.</source>
        <translation>Щонайменше 12 символів, з них чотири різні, не ваше ім&apos;я користувача.</translation>
    </message>
    <message>
        <location filename="../../ui/my_password.ui" line="30"/>
        <source>&amp;Current password:</source>
        <translation>&amp;Поточний пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/my_password.ui" line="47"/>
        <source>&amp;New password:</source>
        <translation>&amp;Новий пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/my_password.ui" line="64"/>
        <source>Re&amp;peat it:</source>
        <translation>&amp;Повторіть його:</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/accounts/dialogs.py" line="125"/>
        <source>Type your current password.</source>
        <translation>Введіть поточний пароль.</translation>
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
        <location filename="../../checkpoint/gui/photos.py" line="68"/>
        <source>Add a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/photos.py" line="68"/>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../ui/quarantine.ui" line="21"/>
        <source>HQ refused these records for good, so they are kept aside (quarantined) while everything else keeps flowing. They stay on this workstation. Once HQ has fixed the cause (an upgrade, a corrected rule), offer them again.</source>
        <translation>Штаб остаточно відхилив ці записи, тож їх відкладено (карантин), а все інше надсилається далі. Вони лишаються на цьому робочому місці. Коли штаб усуне причину (оновлення, виправлене правило), запропонуйте їх знову.</translation>
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
        <location filename="../../checkpoint/gui/sync_dialogs.py" line="161"/>
        <source>Nothing is quarantined: HQ accepted everything it was sent.</source>
        <translation>Карантин порожній: штаб прийняв усе надіслане.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync_dialogs.py" line="173"/>
        <source>Offering the items to HQ again…</source>
        <translation>Повторно пропонуємо штабу…</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync_dialogs.py" line="179"/>
        <source>Offered %1 again: %2 accepted by HQ, %3 still refused.</source>
        <translation>Запропоновано знову: %1; штаб прийняв %2, досі відхилено %3.</translation>
    </message>
</context>
<context>
    <name>ResetAccountDialog</name>
    <message>
        <location filename="../../ui/account_reset.ui" line="6"/>
        <source>Reset password or role</source>
        <translation>Скидання пароля або ролі</translation>
    </message>
    <message>
        <location filename="../../ui/account_reset.ui" line="30"/>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <location filename="../../ui/account_reset.ui" line="43"/>
        <source>&amp;Temporary password:</source>
        <translation>&amp;Тимчасовий пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/account_reset.ui" line="60"/>
        <source>Re&amp;peat it:</source>
        <translation>&amp;Повторіть його:</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/accounts/dialogs.py" line="93"/>
        <source>Enable %1 again with a temporary password; they choose their own at their next login.</source>
        <translation>Увімкнути %1 знову з тимчасовим паролем; оператор обере власний під час наступного входу.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/accounts/dialogs.py" line="95"/>
        <source>Give %1 a temporary password (and a new role if needed); they choose their own at their next login.</source>
        <translation>Дати %1 тимчасовий пароль (і нову роль, якщо потрібно); оператор обере власний під час наступного входу.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/accounts/dialogs.py" line="99"/>
        <source>Enable an account</source>
        <translation>Увімкнення облікового запису</translation>
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
        <location filename="../../ui/settings.ui" line="83"/>
        <source>&amp;Remember the last operator&apos;s name for the login window</source>
        <translation>&amp;Пам&apos;ятати ім&apos;я останнього оператора для вікна входу</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="86"/>
        <source>Kept encrypted beside the database; off: no name is kept on disk, the login window starts empty</source>
        <translation>Зберігається зашифрованим поруч із базою даних; вимкнено: жодне ім&apos;я не зберігається на диску, вікно входу порожнє</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="98"/>
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
        <location filename="../../checkpoint/gui/auth.py" line="44"/>
        <source>&amp;Set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/auth.py" line="50"/>
        <source>HQ&apos;s recovery public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/auth.py" line="50"/>
        <source>PEM files (*.pem);;All (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/auth.py" line="58"/>
        <source>Give the supervisor&apos;s user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/auth.py" line="62"/>
        <source>The two passwords differ; type them again.</source>
        <translation>Паролі не збігаються; введіть їх ще раз.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="105"/>
        <source>HQ cannot be reached; the records wait here safely and the sync is retried by itself.</source>
        <translation>Штаб недоступний; записи безпечно чекають тут, синхронізація повториться сама.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="108"/>
        <source>Another sync of this workstation is running (the command line?); this one is retried when it ends.</source>
        <translation>Вже триває інша синхронізація цього робочого місця (з командного рядка?); ця повториться, коли вона завершиться.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="111"/>
        <source>This workstation is not enrolled with HQ, or HQ refused the enrollment: a supervisor enrolls it with a new one-time code from HQ (Sync ▸ Enroll with HQ…).</source>
        <translation>Це робоче місце не зареєстровано у штабі, або штаб відхилив реєстрацію: керівник реєструє його з новим одноразовим кодом від штабу (Синхронізація ▸ Реєстрація у штабі…).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="116"/>
        <source>HQ refused this workstation&apos;s request:</source>
        <translation>Штаб відхилив запит цього робочого місця:</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="117"/>
        <source>The sync keeps retrying, but this needs HQ: call HQ&apos;s administrators (a rollback or a fork has raised an alert there).</source>
        <translation>Синхронізація повторюється, але тут потрібен штаб: зверніться до адміністраторів штабу (відкат чи розгалуження журналу підняли там тривогу).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="122"/>
        <source>HQ&apos;s answer could not be trusted, so nothing from it was used:</source>
        <translation>Відповіді штабу не можна довіряти, тому з неї нічого не використано:</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="124"/>
        <source>The sync is retried; if this persists, call HQ&apos;s administrators.</source>
        <translation>Синхронізація повториться; якщо це не минає, зверніться до адміністраторів штабу.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="132"/>
        <source>HQ refused the code:</source>
        <translation>Штаб відхилив код:</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="134"/>
        <source>HQ cannot be reached at that address: check the address (https://host:port) and the network, then try again.</source>
        <translation>Штаб недоступний за цією адресою: перевірте адресу (https://хост:порт) і мережу, потім спробуйте знову.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="138"/>
        <source>HQ could not be verified: its certificate is not from the CA file you chose, or its answer is not signed as it should be. Check that the CA file is the one HQ gave for this server, and the address.</source>
        <translation>Не вдалося перевірити штаб: його сертифікат не від вибраного файлу ЦС, або відповідь підписано не так, як слід. Перевірте, що файл ЦС — саме той, що штаб дав для цього сервера, і адресу.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync_bar.py" line="42"/>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync_bar.py" line="44"/>
        <source>%1 min</source>
        <translation>%1 хв</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync_bar.py" line="45"/>
        <source>%1 h %2 min</source>
        <translation>%1 год %2 хв</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync_bar.py" line="55"/>
        <source>Clock %1 behind HQ</source>
        <translation>Годинник відстає від штабу на %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync_bar.py" line="56"/>
        <source>Clock %1 ahead of HQ</source>
        <translation>Годинник поспішає відносно штабу на %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync_bar.py" line="58"/>
        <source>This workstation&apos;s clock is %1 behind HQ&apos;s. Sync still works, but the times on new records are wrong: set the clock right.</source>
        <translation>Годинник цього робочого місця відстає від штабного на %1. Синхронізація працює, але час у нових записах хибний: виставте правильний час.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync_bar.py" line="61"/>
        <source>This workstation&apos;s clock is %1 ahead of HQ&apos;s. Sync still works, but the times on new records are wrong: set the clock right.</source>
        <translation>Годинник цього робочого місця поспішає відносно штабного на %1. Синхронізація працює, але час у нових записах хибний: виставте правильний час.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync_bar.py" line="69"/>
        <source>Syncing…</source>
        <translation>Синхронізація…</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync_bar.py" line="72"/>
        <source>Syncing: sending %1 of %2…</source>
        <translation>Синхронізація: надіслано %1 з %2…</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync_bar.py" line="73"/>
        <source>Syncing: sending…</source>
        <translation>Синхронізація: надсилання…</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync_bar.py" line="74"/>
        <source>Syncing: receiving %1…</source>
        <translation>Синхронізація: отримано %1…</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync_bar.py" line="80"/>
        <source>Offline – not enrolled with HQ</source>
        <translation>Офлайн – не зареєстровано у штабі</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync_bar.py" line="84"/>
        <source>Up to date – last sync %1</source>
        <translation>Синхронізовано – востаннє о %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync_bar.py" line="88"/>
        <source>Offline – not synchronised with HQ yet</source>
        <translation>Офлайн – ще не синхронізовано зі штабом</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync_bar.py" line="89"/>
        <source>Offline – HQ cannot be reached; retrying</source>
        <translation>Офлайн – штаб недоступний; повторна спроба</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync_bar.py" line="91"/>
        <source>Sync error: %1</source>
        <translation>Помилка синхронізації: %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync_bar.py" line="98"/>
        <source>A supervisor enrolls this workstation with HQ: Sync ▸ Enroll with HQ…, with the address, a one-time code and HQ&apos;s CA certificate.</source>
        <translation>Керівник реєструє це робоче місце у штабі: Синхронізація ▸ Реєстрація у штабі…, з адресою, одноразовим кодом і сертифікатом ЦС штабу.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync_bar.py" line="103"/>
        <source>never</source>
        <translation>ніколи</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync_bar.py" line="104"/>
        <source>Last successful sync: %1</source>
        <translation>Остання успішна синхронізація: %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync_bar.py" line="117"/>
        <source>Not yet acknowledged by HQ: %1</source>
        <translation>Ще не підтверджено штабом: %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync_bar.py" line="119"/>
        <source>refused by HQ: %1</source>
        <translation>відхилено штабом: %1</translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message>
        <location filename="../../checkpoint/gui/sync_bar.py" line="144"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync_bar.py" line="145"/>
        <source>Stop the sync at the next safe point (Shift+F9)</source>
        <translation>Зупинити синхронізацію в найближчій безпечній точці (Shift+F9)</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync_bar.py" line="184"/>
        <source>Click for details.</source>
        <translation>Клацніть, щоб побачити подробиці.</translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <location filename="../../checkpoint/gui/sync_ui.py" line="106"/>
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
<context>
    <name>_Form</name>
    <message>
        <location filename="../../checkpoint/gui/accounts/dialogs.py" line="50"/>
        <source>The two passwords differ; type them again.</source>
        <translation>Паролі не збігаються; введіть їх ще раз.</translation>
    </message>
</context>
</TS>
