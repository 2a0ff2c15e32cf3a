<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../checkpoint/gui/about_box.py" line="16"/>
        <source>Checkpoint %1: the workstation of the border and customs checkpoint.</source>
        <translation>Checkpoint %1: робоче місце прикордонного та митного пункту пропуску.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/about_box.py" line="18"/>
        <source>Workstation id: %1</source>
        <translation>Ідентифікатор робочого місця: %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/about_box.py" line="19"/>
        <source>(shown after login)</source>
        <translation>(показується після входу)</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/about_box.py" line="20"/>
        <source>Records are kept encrypted on this workstation and sent to headquarters (Sync ▸ Sync now, F9, and in the background once the workstation is enrolled).</source>
        <translation>Записи зберігаються на цьому робочому місці зашифрованими й надсилаються до штабу (Синхронізація ▸ Синхронізувати зараз, F9, і у фоновому режимі після реєстрації робочого місця).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/about_box.py" line="31"/>
        <source>About Checkpoint</source>
        <translation>Про програму Checkpoint</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="255"/>
        <source>Supervisor</source>
        <translation>Керівник зміни</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="256"/>
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
        <location filename="../../checkpoint/gui/accounts/window.py" line="171"/>
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
        <location filename="../../checkpoint/gui/accounts/window.py" line="74"/>
        <source>disabled</source>
        <translation>вимкнено</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/accounts/window.py" line="76"/>
        <source>must choose a password</source>
        <translation>має обрати пароль</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/accounts/window.py" line="77"/>
        <source>active</source>
        <translation>активний</translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkpoint/gui/accounts/window.py" line="82"/>
        <source>delayed %n s</source>
        <translation>
            <numerusform>затримка %n с</numerusform>
            <numerusform>затримка %n с</numerusform>
            <numerusform>затримка %n с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkpoint/gui/accounts/window.py" line="84"/>
        <source>%n failed attempt(s)</source>
        <translation>
            <numerusform>%n невдала спроба</numerusform>
            <numerusform>%n невдалі спроби</numerusform>
            <numerusform>%n невдалих спроб</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/accounts/window.py" line="136"/>
        <source>%1 added; they choose their own password at their first login.</source>
        <translation>%1 додано; оператор обере власний пароль під час першого входу.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/accounts/window.py" line="154"/>
        <source>%1 enabled again.</source>
        <translation>%1 знову увімкнено.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/accounts/window.py" line="157"/>
        <source>%1 has a temporary password now.</source>
        <translation>%1 тепер має тимчасовий пароль.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/accounts/window.py" line="167"/>
        <source>Disable an account</source>
        <translation>Вимкнення облікового запису</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/accounts/window.py" line="168"/>
        <source>Disable %1? They can no longer log in on this workstation; their records stay attributed to them.</source>
        <translation>Вимкнути %1? Цей оператор більше не зможе увійти на цьому робочому місці; його записи й далі приписані йому.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/accounts/window.py" line="178"/>
        <source>%1 disabled.</source>
        <translation>%1 вимкнено.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/accounts/window.py" line="191"/>
        <source>%1 may log in again at once.</source>
        <translation>%1 може знову входити одразу.</translation>
    </message>
</context>
<context>
    <name>AccountsUi</name>
    <message>
        <location filename="../../checkpoint/gui/accounts/__init__.py" line="50"/>
        <source>Your password was changed.</source>
        <translation>Ваш пароль змінено.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/accounts/__init__.py" line="55"/>
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
        <location filename="../../checkpoint/gui/accounts/dialogs.py" line="65"/>
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
        <translation>Завершений огляд ніколи не змінюється. Виправлення — це новий запис, що його виправляє й пояснює чому; обидва зберігаються й показуються разом.</translation>
    </message>
    <message>
        <location filename="../../ui/amend.ui" line="28"/>
        <source>&amp;Reason for the amendment:</source>
        <translation>&amp;Причина виправлення:</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/dialogs.py" line="30"/>
        <source>&amp;Amend</source>
        <translation>&amp;Виправити</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/dialogs.py" line="48"/>
        <source>Say why the record is corrected.</source>
        <translation>Вкажіть, чому запис виправляється.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../checkpoint/gui/app.py" line="175"/>
        <source>Failed login attempts</source>
        <translation>Невдалі спроби входу</translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkpoint/gui/app.py" line="176"/>
        <source>%n failed login attempt(s) on your name since your last login. If they were not yours, tell your supervisor.</source>
        <translation>
            <numerusform>%n невдала спроба входу під вашим ім&apos;ям від вашого останнього входу. Якщо це були не ви, повідомте керівника.</numerusform>
            <numerusform>%n невдалі спроби входу під вашим ім&apos;ям від вашого останнього входу. Якщо це були не ви, повідомте керівника.</numerusform>
            <numerusform>%n невдалих спроб входу під вашим ім&apos;ям від вашого останнього входу. Якщо це були не ви, повідомте керівника.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../ui/case.ui" line="5"/>
        <source>Offence case</source>
        <translation>Справа про порушення</translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>&amp;Legal basis (article):</source>
        <translation>&amp;Правова підстава (стаття):</translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>&amp;Risk area:</source>
        <translation>Сфера &amp;ризику:</translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>&amp;Place:</source>
        <translation>&amp;Місце:</translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>Circu&amp;mstances:</source>
        <translation>&amp;Обставини:</translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>&amp;Handling code:</source>
        <translation>&amp;Код поводження:</translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>Surname</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>Given names</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>Born</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>Nationality</source>
        <translation>Громадянство</translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>Add p&amp;erson</source>
        <translation>&amp;Додати особу</translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>Remove person</source>
        <translation>Вилучити особу</translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>Seized &amp;items</source>
        <translation>Ви&amp;лучені предмети</translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>HS code</source>
        <translation>Код УКТЗЕД</translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>Unit</source>
        <translation>Одиниця</translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>Value</source>
        <translation>Вартість</translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>Seals</source>
        <translation>Пломби</translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>Held by</source>
        <translation>Зберігач</translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>Add i&amp;tem</source>
        <translation>Дод&amp;ати предмет</translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>Remove item</source>
        <translation>Вилучити предмет</translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>Referrals of this case</source>
        <translation>Направлення у цій справі</translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>What keeps the record from being submitted</source>
        <translation>Що заважає подати запис</translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>&amp;Save</source>
        <translation>Збере&amp;гти</translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>Su&amp;bmit for approval</source>
        <translation>Подат&amp;и на затвердження</translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>&amp;Approve</source>
        <translation>Затверди&amp;ти</translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>Re&amp;fuse…</source>
        <translation>В&amp;ідмовити…</translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>Refer to an a&amp;gency…</source>
        <translation>&amp;Направити до органу…</translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>Restrictions (H&amp;3):</source>
        <translation>О&amp;бмеження (H3):</translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>E&amp;valuation (source / information):</source>
        <translation>Оцінка (джерело / ін&amp;формація):</translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>Perso&amp;ns</source>
        <translation>О&amp;соби</translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>Print pr&amp;otocol…</source>
        <translation>Др&amp;укувати протокол…</translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрити</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <location filename="../../checkpoint/gui/cases/case_dialog.py" line="151"/>
        <source>OVERDUE</source>
        <translation>ПРОСТРОЧЕНО</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/case_dialog.py" line="203"/>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="74"/>
        <source>Offence case</source>
        <extracomment>What a record is called as a whole in its problems (&quot;Offence case: place is missing.&quot;).</extracomment>
        <translation>Справа про порушення</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/case_dialog.py" line="221"/>
        <source>Refuse the case</source>
        <translation>Відмовити у затвердженні справи</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/case_dialog.py" line="222"/>
        <location filename="../../checkpoint/gui/cases/referral_dialog.py" line="162"/>
        <source>Why (the author reads this):</source>
        <translation>Причина (її прочитає автор):</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/referral_dialog.py" line="106"/>
        <source>their reference</source>
        <translation>їхній номер</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/referral_dialog.py" line="112"/>
        <source>OVERDUE: no answer by the deadline</source>
        <translation>ПРОСТРОЧЕНО: відповіді у строк немає</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/referral_dialog.py" line="141"/>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="75"/>
        <source>Referral</source>
        <translation>Направлення</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/referral_dialog.py" line="161"/>
        <source>Refuse the referral</source>
        <translation>Відмовити у затвердженні направлення</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="29"/>
        <source>H0 — only to fight crime</source>
        <translation>H0 — лише для боротьби зі злочинністю</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="30"/>
        <source>H1 — not in judicial proceedings without consent</source>
        <translation>H1 — не для судового провадження без згоди</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="32"/>
        <source>H2 — not to be passed on without consent</source>
        <translation>H2 — не передавати далі без згоди</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="34"/>
        <source>H3 — other restrictions</source>
        <translation>H3 — інші обмеження</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="35"/>
        <source>A — reliable</source>
        <translation>A — надійне</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="36"/>
        <source>B — mostly reliable</source>
        <translation>B — здебільшого надійне</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="37"/>
        <source>C — not reliable</source>
        <translation>C — ненадійне</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="38"/>
        <source>X — cannot be judged</source>
        <translation>X — оцінити неможливо</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="40"/>
        <source>1 — known to be true</source>
        <translation>1 — достовірно відомо</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="41"/>
        <source>2 — known personally to the source</source>
        <translation>2 — відомо джерелу особисто</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="43"/>
        <source>3 — corroborated</source>
        <translation>3 — підтверджено</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="44"/>
        <source>4 — cannot be judged</source>
        <translation>4 — оцінити неможливо</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="45"/>
        <source>Draft</source>
        <translation>Чернетка</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="46"/>
        <source>Waiting for a supervisor</source>
        <translation>Очікує рішення керівника</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="47"/>
        <source>Refused by the supervisor</source>
        <translation>Керівник відмовив</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="48"/>
        <source>Approved</source>
        <translation>Затверджено</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="49"/>
        <source>administrative violation of customs rules</source>
        <translation>порушення митних правил (адміністративне)</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="51"/>
        <source>criminal smuggling</source>
        <translation>контрабанда (кримінальне)</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="52"/>
        <source>suspect</source>
        <translation>підозрюваний</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="53"/>
        <source>owner</source>
        <translation>власник</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="54"/>
        <source>carrier</source>
        <translation>перевізник</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="55"/>
        <source>witness</source>
        <translation>свідок</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="57"/>
        <source>drugs</source>
        <translation>наркотики</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="58"/>
        <source>tobacco, alcohol, fuel</source>
        <translation>тютюн, алкоголь, пальне</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="59"/>
        <source>IPR, health and safety</source>
        <translation>інтелектуальна власність, здоров&apos;я і безпека</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="60"/>
        <source>weapons, strategic goods</source>
        <translation>зброя, товари подвійного призначення</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="61"/>
        <source>environment, CITES, waste</source>
        <translation>довкілля, CITES, відходи</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="63"/>
        <source>cultural heritage</source>
        <translation>культурні цінності</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="64"/>
        <source>currency</source>
        <translation>валюта</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="65"/>
        <source>not sent yet</source>
        <translation>ще не надіслано</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="66"/>
        <source>approved; goes to HQ at the next sync</source>
        <translation>затверджено; піде до центру з наступною синхронізацією</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="68"/>
        <source>sent (HQ has it)</source>
        <translation>надіслано (у центрі)</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="69"/>
        <source>received by the agency</source>
        <translation>отримано органом</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="70"/>
        <source>accepted by the agency</source>
        <translation>прийнято органом</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="71"/>
        <source>declined by the agency</source>
        <translation>відхилено органом</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="72"/>
        <source>closed</source>
        <translation>закрито</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="148"/>
        <source>Save the protocol</source>
        <translation>Зберегти протокол</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="155"/>
        <source>Printing</source>
        <translation>Друк</translation>
    </message>
</context>
<context>
    <name>CashAmountPart</name>
    <message>
        <location filename="../../ui/cash_amount.ui" line="11"/>
        <source>Amou&amp;nt:</source>
        <translation>С&amp;ума:</translation>
    </message>
    <message>
        <location filename="../../ui/cash_amount.ui" line="24"/>
        <source>&amp;Currency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <location filename="../../ui/cash_amount.ui" line="34"/>
        <source>ISO 4217, e.g. USD</source>
        <translation>ISO 4217, напр. USD</translation>
    </message>
    <message>
        <location filename="../../ui/cash_amount.ui" line="57"/>
        <source>&amp;EUR equivalent:</source>
        <translation>&amp;Еквівалент у євро:</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/cash_part.py" line="51"/>
        <source>No rate published by HQ for this currency: type the EUR equivalent.</source>
        <translation>Штаб не опублікував курсу цієї валюти: введіть еквівалент у євро.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/cash_part.py" line="57"/>
        <source>HQ rate of %1: 1 %2 = %3 EUR</source>
        <translation>Курс штабу на %1: 1 %2 = %3 EUR</translation>
    </message>
</context>
<context>
    <name>CashPart</name>
    <message>
        <location filename="../../ui/cash.ui" line="11"/>
        <source>Cash &amp;was found or declared</source>
        <translation>Готівку виявлено або &amp;задекларовано</translation>
    </message>
    <message>
        <location filename="../../ui/cash.ui" line="44"/>
        <source>Carr&amp;ier:</source>
        <translation>&amp;Перевізник:</translation>
    </message>
    <message>
        <location filename="../../ui/cash.ui" line="31"/>
        <source>&amp;Declared:</source>
        <translation>Де&amp;кларування:</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/cash_part.py" line="88"/>
        <source>declared</source>
        <translation>задекларовано</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/cash_part.py" line="89"/>
        <source>not declared</source>
        <translation>не задекларовано</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/cash_part.py" line="94"/>
        <source>Add a c&amp;urrency</source>
        <translation>Додати валю&amp;ту</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/cash_part.py" line="138"/>
        <source>Total: %1 EUR</source>
        <translation>Разом: %1 EUR</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/cash_part.py" line="142"/>
        <source>10,000 EUR or more: must be declared (Reg. (EU) 2018/1672); undeclared cash needs a finding with risk area currency.</source>
        <translation>10 000 EUR або більше: підлягає декларуванню (Регламент (ЄС) 2018/1672); незадекларована готівка потребує виявлення зі сферою ризику «валюта».</translation>
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
        <translation>Ваш пароль задав керівник зміни. Оберіть власний пароль зараз (щонайменше 12 символів).</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="30"/>
        <source>&amp;New password:</source>
        <translation>&amp;Новий пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="47"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Повторіть його:</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/auth.py" line="166"/>
        <source>The two passwords differ; type them again.</source>
        <translation>Паролі не збігаються; введіть їх ще раз.</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../checkpoint/gui/review/charts.py" line="149"/>
        <source>No data</source>
        <translation>Немає даних</translation>
    </message>
</context>
<context>
    <name>CloseShiftDialog</name>
    <message>
        <location filename="../../ui/close_shift.ui" line="6"/>
        <source>Close the shift and hand over</source>
        <translation>Закрити зміну й передати її</translation>
    </message>
    <message>
        <location filename="../../ui/close_shift.ui" line="21"/>
        <source>The relieving supervisor acknowledges the handover (Shift ▸ Acknowledge handover); both names and times are kept.</source>
        <translation>Начальник наступної зміни підтверджує прийняття (Зміна ▸ Підтвердити прийняття зміни); обидва імені та час зберігаються.</translation>
    </message>
    <message>
        <location filename="../../ui/close_shift.ui" line="28"/>
        <source>Handover &amp;note:</source>
        <translation>&amp;Примітка при передачі:</translation>
    </message>
    <message>
        <location filename="../../ui/close_shift.ui" line="38"/>
        <source>What the relieving supervisor must know</source>
        <translation>Що має знати керівник наступної зміни</translation>
    </message>
    <message>
        <location filename="../../ui/close_shift.ui" line="48"/>
        <source>Open &amp;items:</source>
        <translation>&amp;Незавершені справи:</translation>
    </message>
    <message>
        <location filename="../../ui/close_shift.ui" line="58"/>
        <source>One open item a line</source>
        <translation>Одна незавершена справа на рядок</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/dialogs.py" line="72"/>
        <source>&amp;Close and hand over</source>
        <translation>&amp;Закрити й передати</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/dialogs.py" line="77"/>
        <source>Write the handover note.</source>
        <translation>Напишіть примітку при передачі зміни.</translation>
    </message>
</context>
<context>
    <name>ConsignmentPart</name>
    <message>
        <location filename="../../ui/consignment.ui" line="11"/>
        <source>&amp;Transport document:</source>
        <translation>Транспортний док&amp;умент:</translation>
    </message>
    <message>
        <location filename="../../ui/consignment.ui" line="37"/>
        <source>Declaration &amp;MRN:</source>
        <translation>MRN декл&amp;арації:</translation>
    </message>
    <message>
        <location filename="../../ui/consignment.ui" line="47"/>
        <source>e.g. 25UA205050000123E0</source>
        <translation>напр. 25UA205050000123E0</translation>
    </message>
    <message>
        <location filename="../../ui/consignment.ui" line="24"/>
        <source>Transport document num&amp;ber:</source>
        <translation>Номер &amp;транспортного документа:</translation>
    </message>
    <message>
        <location filename="../../ui/consignment.ui" line="70"/>
        <source>C&amp;onsignor:</source>
        <translation>&amp;Відправник:</translation>
    </message>
    <message>
        <location filename="../../ui/consignment.ui" line="83"/>
        <source>Consignor &amp;EORI:</source>
        <translation>EORI від&amp;правника:</translation>
    </message>
    <message>
        <location filename="../../ui/consignment.ui" line="93"/>
        <source>e.g. DE1234567890123</source>
        <translation>напр. DE1234567890123</translation>
    </message>
    <message>
        <location filename="../../ui/consignment.ui" line="116"/>
        <source>Consi&amp;gnee:</source>
        <translation>&amp;Одержувач:</translation>
    </message>
    <message>
        <location filename="../../ui/consignment.ui" line="129"/>
        <source>Consignee EOR&amp;I:</source>
        <translation>EORI одержува&amp;ча:</translation>
    </message>
    <message>
        <location filename="../../ui/consignment.ui" line="160"/>
        <source>Containers (ISO 6346)</source>
        <translation>Контейнери (ISO 6346)</translation>
    </message>
</context>
<context>
    <name>ContainerPart</name>
    <message>
        <location filename="../../ui/container.ui" line="11"/>
        <source>Container &amp;number:</source>
        <translation>&amp;Номер контейнера:</translation>
    </message>
    <message>
        <location filename="../../ui/container.ui" line="21"/>
        <source>e.g. CSQU3054383</source>
        <translation>напр. CSQU3054383</translation>
    </message>
    <message>
        <location filename="../../ui/container.ui" line="44"/>
        <source>&amp;Seals:</source>
        <translation>Пло&amp;мби:</translation>
    </message>
    <message>
        <location filename="../../ui/container.ui" line="54"/>
        <source>seal numbers, separated by commas</source>
        <translation>номери пломб через кому</translation>
    </message>
</context>
<context>
    <name>Crossings</name>
    <message>
        <location filename="../../checkpoint/gui/inspection/crossings.py" line="44"/>
        <source>lane %1</source>
        <extracomment>crossings shown per document or plate (the newest; the count says how many more)</extracomment>
        <translation>смуга %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/crossings.py" line="55"/>
        <source>none on this workstation.</source>
        <translation>немає на цьому робочому місці.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/crossings.py" line="60"/>
        <source>and %1 older</source>
        <translation>і ще %1 давніших</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/crossings.py" line="119"/>
        <source>Previous crossings of document %1:</source>
        <translation>Попередні перетини за документом %1:</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/crossings.py" line="121"/>
        <source>Previous crossings of plate %1:</source>
        <translation>Попередні перетини за номерним знаком %1:</translation>
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
        <translation>Ці огляди не завершено (програму закрили, заблокували або зупинили). Продовжте один або залиште на потім.</translation>
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
    <message numerus="yes">
        <location filename="../../checkpoint/gui/dialogs.py" line="70"/>
        <source>%n goods line(s)</source>
        <translation>
            <numerusform>%n рядок товарів</numerusform>
            <numerusform>%n рядки товарів</numerusform>
            <numerusform>%n рядків товарів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkpoint/gui/dialogs.py" line="71"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n виявлення</numerusform>
            <numerusform>%n виявлення</numerusform>
            <numerusform>%n виявлень</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkpoint/gui/dialogs.py" line="72"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n фото</numerusform>
            <numerusform>%n фото</numerusform>
            <numerusform>%n фото</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/dialogs.py" line="78"/>
        <source>(amendment)</source>
        <translation>(виправлення)</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/dialogs.py" line="80"/>
        <source>(empty)</source>
        <translation>(порожньо)</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/dialogs.py" line="81"/>
        <source>(started)</source>
        <translation>(розпочато)</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/dialogs.py" line="121"/>
        <source>Discard the draft?</source>
        <translation>Відкинути чернетку?</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/dialogs.py" line="122"/>
        <source>Discard this unfinished inspection? What was typed in it is deleted and cannot be brought back.

%1</source>
        <translation>Відкинути цей незавершений огляд? Усе внесене буде видалено без можливості відновити.

%1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/dialogs.py" line="126"/>
        <source>&amp;Discard</source>
        <translation>&amp;Відкинути</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/dialogs.py" line="127"/>
        <source>&amp;Keep</source>
        <translation>&amp;Залишити</translation>
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
        <translation>https://hq.example:8443</translation>
    </message>
    <message>
        <location filename="../../ui/enroll.ui" line="47"/>
        <source>One-time &amp;code:</source>
        <translation>Одноразовий &amp;код:</translation>
    </message>
    <message>
        <location filename="../../ui/enroll.ui" line="57"/>
        <source>XXXXX-XXXXX-XXXXX-XXXXX</source>
        <translation>XXXXX-XXXXX-XXXXX-XXXXX</translation>
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
    <name>Enum</name>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="17"/>
        <source>draft</source>
        <translation>чернетка</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="18"/>
        <source>finalized</source>
        <translation>завершено</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="19"/>
        <source>entry</source>
        <translation>в&apos;їзд</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="20"/>
        <source>exit</source>
        <translation>виїзд</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="21"/>
        <source>transit</source>
        <translation>транзит</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="22"/>
        <source>road</source>
        <translation>автомобільний</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="23"/>
        <source>rail</source>
        <translation>залізничний</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="24"/>
        <source>sea</source>
        <translation>морський</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="25"/>
        <source>inland waterway</source>
        <translation>річковий</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="26"/>
        <source>air</source>
        <translation>повітряний</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="27"/>
        <source>pedestrian</source>
        <translation>пішохід</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="28"/>
        <source>post</source>
        <translation>пошта</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="29"/>
        <source>documentary</source>
        <translation>документальний</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="30"/>
        <source>physical</source>
        <translation>фізичний</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="31"/>
        <source>X-ray</source>
        <translation>рентген</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="32"/>
        <source>canine</source>
        <translation>кінологічний</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="33"/>
        <source>full</source>
        <translation>повний</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="34"/>
        <source>random</source>
        <translation>випадковий</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="35"/>
        <source>risk profile</source>
        <translation>профіль ризику</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="36"/>
        <source>intelligence</source>
        <translation>оперативна інформація</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="37"/>
        <source>watchlist hit</source>
        <translation>збіг зі списком</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="38"/>
        <source>suspicion</source>
        <translation>підозра</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="39"/>
        <source>released</source>
        <translation>пропущено</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="40"/>
        <source>secondary inspection</source>
        <translation>поглиблений огляд</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="41"/>
        <source>refused entry</source>
        <translation>відмовлено у в&apos;їзді</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="42"/>
        <source>detained</source>
        <translation>затримано</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="43"/>
        <source>referred</source>
        <translation>передано</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="44"/>
        <source>kg</source>
        <translation>кг</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="45"/>
        <source>g</source>
        <translation>г</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="46"/>
        <source>t</source>
        <translation>т</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="47"/>
        <source>l</source>
        <translation>л</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="48"/>
        <source>ml</source>
        <translation>мл</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="49"/>
        <source>m</source>
        <translation>м</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="50"/>
        <source>m²</source>
        <translation>м²</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="51"/>
        <source>m³</source>
        <translation>м³</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="52"/>
        <source>pieces</source>
        <translation>штук</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="53"/>
        <source>pairs</source>
        <translation>пар</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="54"/>
        <source>packs</source>
        <translation>пачок</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="55"/>
        <source>drugs</source>
        <translation>наркотики</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="56"/>
        <source>tobacco, alcohol, fuel</source>
        <translation>тютюн, алкоголь, пальне</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="57"/>
        <source>IPR, health and safety</source>
        <translation>ІВ, здоров&apos;я та безпека</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="58"/>
        <source>weapons, strategic goods</source>
        <translation>зброя, стратегічні товари</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="59"/>
        <source>environment, CITES, waste</source>
        <translation>довкілля, CITES, відходи</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="60"/>
        <source>cultural heritage</source>
        <translation>культурні цінності</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="61"/>
        <source>currency</source>
        <translation>валюта</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="62"/>
        <source>not concealed</source>
        <translation>не приховано</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="63"/>
        <source>baggage</source>
        <translation>багаж</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="64"/>
        <source>on the body</source>
        <translation>на тілі</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="65"/>
        <source>inside the body</source>
        <translation>всередині тіла</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="66"/>
        <source>natural void of the vehicle</source>
        <translation>природна порожнина транспорту</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="67"/>
        <source>modified vehicle structure</source>
        <translation>змінена конструкція транспорту</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="68"/>
        <source>fuel tank</source>
        <translation>паливний бак</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="69"/>
        <source>mixed with the cargo</source>
        <translation>серед вантажу</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="70"/>
        <source>container structure</source>
        <translation>конструкція контейнера</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="71"/>
        <source>postal item</source>
        <translation>поштове відправлення</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="72"/>
        <source>other</source>
        <translation>інше</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="73"/>
        <source>density meter</source>
        <translation>щільномір</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="74"/>
        <source>radiation detector</source>
        <translation>детектор радіації</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="75"/>
        <source>trace detector</source>
        <translation>детектор слідів</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="76"/>
        <source>photo</source>
        <translation>фото</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="77"/>
        <source>driver</source>
        <translation>водій</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="78"/>
        <source>passenger</source>
        <translation>пасажир</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="79"/>
        <source>crew</source>
        <translation>екіпаж</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="80"/>
        <source>passport</source>
        <translation>паспорт</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="81"/>
        <source>ID card</source>
        <translation>ID-картка</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="82"/>
        <source>visa</source>
        <translation>віза</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="83"/>
        <source>residence permit</source>
        <translation>посвідка на проживання</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="84"/>
        <source>CMR consignment note</source>
        <translation>накладна CMR</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="85"/>
        <source>CIM consignment note</source>
        <translation>накладна CIM</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="86"/>
        <source>SMGS consignment note</source>
        <translation>накладна СМГС</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="87"/>
        <source>bill of lading</source>
        <translation>коносамент</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="88"/>
        <source>sea waybill</source>
        <translation>морська накладна</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="89"/>
        <source>air waybill</source>
        <translation>авіанакладна</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="90"/>
        <source>postal</source>
        <translation>поштова</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="91"/>
        <source>TIR carnet</source>
        <translation>книжка МДП</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="90"/>
        <source>Wrong user name or password.</source>
        <translation>Неправильне ім&apos;я користувача або пароль.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="289"/>
        <source>Your role does not allow this.</source>
        <translation>Ваша роль цього не дозволяє.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="107"/>
        <location filename="../../checkpoint/gui/messages.py" line="293"/>
        <source>The workstation is locked; log in again.</source>
        <translation>Робоче місце заблоковано; увійдіть знову.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="303"/>
        <source>The record was not found; it may have been discarded.</source>
        <translation>Запис не знайдено; можливо, його скасовано.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="305"/>
        <source>The database is busy in another program (a command-line tool?). Close it and try again.</source>
        <translation>База даних зайнята іншою програмою (інструментом командного рядка?). Закрийте її та спробуйте знову.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="308"/>
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
        <location filename="../../checkpoint/gui/messages.py" line="47"/>
        <source>The inspection cannot be finalized yet: {count} problem(s).</source>
        <translation>Огляд ще не можна завершити: проблем — {count}.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="49"/>
        <source>Your role does not allow this: this draft belongs to another officer.</source>
        <translation>Ваша роль цього не дозволяє: ця чернетка належить іншому інспекторові.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="51"/>
        <source>Your role does not allow this: only {role} may do it.</source>
        <translation>Ваша роль цього не дозволяє: це може зробити лише {role}.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="53"/>
        <source>An operator named {username} already exists.</source>
        <translation>Оператор з іменем {username} уже існує.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="55"/>
        <source>You cannot remove your own account; ask another supervisor.</source>
        <translation>Свій обліковий запис видалити не можна; зверніться до іншого керівника зміни.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="57"/>
        <source>The last supervisor cannot be removed.</source>
        <translation>Останнього керівника зміни видалити не можна.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="58"/>
        <source>The password is not acceptable: it needs at least {minimum} characters; this one has {length}.</source>
        <translation>Пароль не підходить: потрібно щонайменше {minimum} символів, а в цьому {length}.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="61"/>
        <source>The password is not acceptable: it must not be the user name.</source>
        <translation>Пароль не підходить: він не може збігатися з іменем користувача.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="63"/>
        <source>The password is not acceptable: it needs at least {distinct} different characters.</source>
        <translation>Пароль не підходить: потрібно щонайменше {distinct} різних символів.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="66"/>
        <source>A photo must be JPEG, PNG or WebP, not {media_type}.</source>
        <translation>Фото має бути у форматі JPEG, PNG або WebP, а не {media_type}.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="68"/>
        <source>A photo must be between 1 byte and {megabytes} MB.</source>
        <translation>Розмір фото має бути від 1 байта до {megabytes} МБ.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="98"/>
        <source>Unknown role {role}: choose inspector or supervisor.</source>
        <translation>Невідома роль {role}: виберіть інспектора або керівника зміни.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="100"/>
        <source>The setting {setting} must be between {minimum} and {maximum}.</source>
        <translation>Параметр «{setting}» має бути від {minimum} до {maximum}.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="102"/>
        <source>The setting {setting} must be one of {choices}.</source>
        <translation>Параметр «{setting}» має бути одним із: {choices}.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="108"/>
        <source>This workstation is not enrolled with HQ yet: a supervisor enrolls it (Sync ▸ Enroll with HQ…).</source>
        <translation>Це робоче місце ще не зареєстровано у штабі: його реєструє керівник зміни (Синхронізація ▸ Реєстрація у штабі…).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="111"/>
        <source>Not synchronised with HQ yet.</source>
        <translation>Ще не синхронізовано зі штабом.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="112"/>
        <source>Another sync of this workstation is running (the command line?); this one is retried when it ends.</source>
        <translation>Вже триває інша синхронізація цього робочого місця (з командного рядка?); ця повториться, коли вона завершиться.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="115"/>
        <source>HQ at {url} cannot be reached.</source>
        <translation>Штаб за адресою {url} недоступний.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="139"/>
        <source>The record was not found on this workstation.</source>
        <translation>Запис не знайдено на цьому робочому місці.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="141"/>
        <source>An amendment needs a reason.</source>
        <translation>Для виправлення потрібна причина.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="142"/>
        <source>The record cannot be submitted yet: {count} problem(s).</source>
        <translation>Запис ще не можна подати: проблем — {count}.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="116"/>
        <source>HQ at {url} did not answer in time.</source>
        <translation>Штаб за адресою {url} не відповів вчасно.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="42"/>
        <source>Only a finalized inspection is printed as a protocol: finalize it first.</source>
        <translation>Протокол друкується лише для завершеного огляду: спершу завершіть його.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="44"/>
        <source>{author} is correcting this record already: their amendment must be finalized (or discarded) before another one starts.</source>
        <translation>{author} уже виправляє цей запис: його виправлення треба завершити (або відкинути), перш ніж почати нове.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="70"/>
        <source>{name} is not a valid user name: use 2-64 Latin or Cyrillic letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;@&apos; (no space), starting with a letter or digit.</source>
        <translation>{name} — неприпустиме ім’я користувача: 2–64 латинські або кириличні літери, цифри, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; або &apos;@&apos; (без пробілів), першою має бути літера чи цифра.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="73"/>
        <source>{name} mixes Latin and Cyrillic letters, which can look identical: write the name in one script.</source>
        <translation>{name} поєднує латинські й кириличні літери, які можуть виглядати однаково: напишіть ім’я однією абеткою.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="76"/>
        <source>{name} is reserved (the journal names HQ and unknown users with it): choose another name.</source>
        <translation>{name} зарезервовано (так журнал називає штаб і невідомих користувачів): виберіть інше ім’я.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="79"/>
        <source>{username} looks the same as the existing operator {existing} (Latin and Cyrillic letters can look identical): choose another name.</source>
        <translation>{username} виглядає так само, як наявний оператор {existing} (латинські й кириличні літери можуть бути однаковими на вигляд): виберіть інше ім’я.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="82"/>
        <source>There is no operator named {username}.</source>
        <translation>Оператора з іменем {username} немає.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="83"/>
        <source>Change your own password with Change my password; another supervisor resets your account or changes your role.</source>
        <translation>Свій пароль змініть через «Зміна мого пароля»; скинути ваш обліковий запис або змінити вашу роль може інший керівник зміни.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="86"/>
        <source>The last supervisor cannot become an inspector.</source>
        <translation>Останній керівник зміни не може стати інспектором.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="88"/>
        <source>{username} must choose their own password first.</source>
        <translation>{username} має спершу обрати власний пароль.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="91"/>
        <source>Too many failed attempts: wait {seconds} s before trying again.</source>
        <translation>Забагато невдалих спроб: зачекайте {seconds} с і спробуйте знову.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="93"/>
        <source>The draft was not found; it may have been discarded or finalized.</source>
        <translation>Чернетку не знайдено; можливо, її скасовано або завершено.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="95"/>
        <source>Only a draft can be taken over; a finalized record is amended instead.</source>
        <translation>Перейняти можна лише чернетку; завершений запис натомість виправляють.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="97"/>
        <source>This draft is already yours.</source>
        <translation>Ця чернетка вже ваша.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="104"/>
        <source>The checkpoint code may have at most {checkpoint} characters, the lane at most {lane} and the workstation label at most {label}.</source>
        <translation>Код пункту пропуску може мати не більше {checkpoint} символів, смуга — не більше {lane}, а назва робочого місця — не більше {label}.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="117"/>
        <source>HQ is failing (HTTP {status}).</source>
        <translation>У штабі збій (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="118"/>
        <source>HQ at {url} did not prove itself with a certificate from the CA pinned at enrollment; nothing was sent. If HQ changed its CA, a supervisor enrolls this workstation again.</source>
        <translation>Штаб за адресою {url} не підтвердив себе сертифікатом від ЦС, закріпленого під час реєстрації; нічого не надіслано. Якщо штаб змінив свій ЦС, керівник зміни реєструє це робоче місце знову.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="122"/>
        <source>HQ refused the request (HTTP {status}, {hq_code}).</source>
        <translation>Штаб відхилив запит (HTTP {status}, {hq_code}).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="124"/>
        <source>HQ refused the enrollment ({hq_code}).</source>
        <translation>Штаб відхилив реєстрацію ({hq_code}).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="125"/>
        <source>An answer from HQ could not be trusted or read, so nothing from it was used.</source>
        <translation>Відповіді штабу не можна довіряти або її не вдалося прочитати, тому з неї нічого не використано.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="127"/>
        <source>{file}: {count} problem(s); nothing was imported.</source>
        <translation>{file}: проблем — {count}; нічого не імпортовано.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="129"/>
        <source>HQ&apos;s account {username} has the name of an account made at this workstation: it was not applied, and the local account is kept.</source>
        <translation>Обліковий запис штабу {username} має ім&apos;я облікового запису, створеного на цьому робочому місці: його не застосовано, місцевий обліковий запис збережено.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="132"/>
        <source>HQ&apos;s account {username} looks the same as the account {existing} of this workstation (Latin and Cyrillic letters can look identical): it was not applied.</source>
        <translation>Обліковий запис штабу {username} виглядає так само, як обліковий запис {existing} цього робочого місця (латинські й кириличні літери можуть виглядати однаково): його не застосовано.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="136"/>
        <source>HQ sent an item ({collection}) this workstation cannot read: it was set aside, and the rest was applied.</source>
        <translation>Штаб надіслав елемент ({collection}), який це робоче місце не може прочитати: його відкладено, решту застосовано.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="144"/>
        <source>This record is approved and cannot be changed; amend it instead.</source>
        <translation>Запис затверджено, змінити його не можна; створіть виправлення.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="146"/>
        <source>This record waits for a supervisor&apos;s decision and cannot be changed now.</source>
        <translation>Запис очікує рішення керівника, і змінити його зараз не можна.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="148"/>
        <source>The record is not waiting for this step any more; open it again to see where it is.</source>
        <translation>Запис уже не очікує цього кроку; відкрийте його знову, щоб побачити його стан.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="151"/>
        <source>You wrote this record, so you cannot approve or refuse it: another supervisor must.</source>
        <translation>Ви автор цього запису, тож не можете затвердити його чи відмовити: це має зробити інший керівник.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="154"/>
        <source>The record changed since it was shown; open it again.</source>
        <translation>Запис змінився відтоді, як його показали; відкрийте його знову.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="156"/>
        <source>A refusal needs a reason for the author.</source>
        <translation>Для відмови потрібна причина для автора.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="158"/>
        <source>The handover is refused: {count} problem(s) in the chain of custody.</source>
        <translation>Передачу відхилено: проблем у ланцюгу зберігання — {count}.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="160"/>
        <source>This cash was declared or is under {threshold} EUR: mark it suspicious to refer it to the financial intelligence unit.</source>
        <translation>Цю готівку задекларовано або її менше ніж {threshold} EUR: позначте її як підозрілу, щоб направити до підрозділу фінансової розвідки.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="163"/>
        <source>Only cases and referrals are printed.</source>
        <translation>Друкуються лише справи та направлення.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="164"/>
        <source>A hit is triaged as one of: {choices}.</source>
        <translation>Збіг оцінюється як одне з: {choices}.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="165"/>
        <source>Dismissing a hit as a false positive needs a reason: say why it is not the listed person or object.</source>
        <translation>Щоб відхилити збіг як хибний, потрібна причина: вкажіть, чому це не особа чи об’єкт зі списку.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="168"/>
        <source>The record {value} is not a hit.</source>
        <translation>Запис {value} не є збігом.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="169"/>
        <source>This hit was already triaged by someone else; open it again to see the newest triage.</source>
        <translation>Цей збіг уже оцінив хтось інший; відкрийте його знову, щоб побачити останню оцінку.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="172"/>
        <source>This is not a whole watchlist file from HQ (not one, truncated or damaged): nothing was imported. Ask HQ for a new one.</source>
        <translation>Це не повний файл списків спостереження від штабу (інший файл, обрізаний або пошкоджений): нічого не імпортовано. Попросіть у штабу новий.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="175"/>
        <source>HQ&apos;s signature on this watchlist file does not verify: it was altered or forged. Nothing was imported; do not use it, and tell HQ.</source>
        <translation>Підпис штабу на цьому файлі списків спостереження не підтверджується: файл змінено або підроблено. Нічого не імпортовано; не використовуйте його й повідомте штаб.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="178"/>
        <source>This watchlist file was signed by another HQ than the one this workstation is enrolled with: nothing was imported.</source>
        <translation>Цей файл списків спостереження підписав інший штаб, а не той, у якому зареєстровано це робоче місце: нічого не імпортовано.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="181"/>
        <source>The file holds list {list} at version {version}, and this workstation already has version {held}: nothing was imported (the file is older or the same).</source>
        <translation>У файлі список {list} має версію {version}, а на цьому робочому місці вже є версія {held}: нічого не імпортовано (файл старіший або такий самий).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="185"/>
        <source>The file {file} cannot be written: {reason}</source>
        <translation>Не вдається записати файл {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="186"/>
        <source>No shift has been opened on this workstation yet.</source>
        <translation>На цій робочій станції ще не відкривали жодної зміни.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="188"/>
        <source>There is no shift {shift} on this workstation.</source>
        <translation>На цій робочій станції немає зміни {shift}.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="190"/>
        <source>Shift {shift} (opened by {supervisor}) is still open: close it first.</source>
        <translation>Зміна {shift} (відкрив(ла) {supervisor}) ще відкрита: спершу закрийте її.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="192"/>
        <source>No shift is open on this workstation.</source>
        <translation>На цій робочій станції немає відкритої зміни.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="193"/>
        <source>The shift is still open: close it and hand over first.</source>
        <translation>Зміна ще відкрита: спершу закрийте її та передайте.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="195"/>
        <source>This shift is already closed.</source>
        <translation>Цю зміну вже закрито.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="196"/>
        <source>Name the checkpoint, or set its code in File ▸ Settings.</source>
        <translation>Вкажіть пункт пропуску або задайте його код у меню Файл ▸ Налаштування.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="198"/>
        <source>No closed shift is waiting for its handover to be acknowledged.</source>
        <translation>Немає закритої зміни, що чекає на підтвердження прийняття.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="200"/>
        <source>The handover was already acknowledged by {name}.</source>
        <translation>Прийняття зміни вже підтвердив(ла) {name}.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="202"/>
        <source>The relieving supervisor acknowledges the handover, not the one who handed over: ask the next supervisor to log in and acknowledge it.</source>
        <translation>Прийняття зміни підтверджує керівник наступної зміни, а не той, хто її здав: попросіть наступного керівника зміни увійти й підтвердити.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="205"/>
        <source>This shift was already reviewed by {name}.</source>
        <translation>Цю зміну вже перевірив(ла) {name}.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="206"/>
        <source>This post holds no such operation.</source>
        <translation>На цьому пункті пропуску немає такої операції.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="207"/>
        <source>Fill the operation&apos;s reporting fields: {fields}.</source>
        <translation>Заповніть поля звітності операції: {fields}.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="209"/>
        <source>This workstation&apos;s database was written by a newer version of Checkpoint (schema {schema}). This program is older: it has changed nothing and cannot open it. Ask your IT officer to install that version or a newer one.</source>
        <translation>Базу даних цього робочого місця записала новіша версія Checkpoint (схема {schema}). Ця програма старіша: вона нічого не змінила й не може її відкрити. Попросіть ІТ-фахівця встановити ту версію або новішу.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="214"/>
        <source>The file {path} cannot be read: {reason}.</source>
        <translation>Файл {path} неможливо прочитати: {reason}.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="216"/>
        <source>This file is not a public key (PEM). Choose the recovery public key HQ gave (recovery-public.pem).</source>
        <translation>Цей файл не є відкритим ключем (PEM). Виберіть відкритий ключ відновлення, який дав штаб (recovery-public.pem).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="219"/>
        <source>This public key is not an X25519 key, so it is not HQ&apos;s recovery key. Choose the recovery public key HQ gave (recovery-public.pem).</source>
        <translation>Цей відкритий ключ не є ключем X25519, отже це не ключ відновлення штабу. Виберіть відкритий ключ відновлення, який дав штаб (recovery-public.pem).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="222"/>
        <source>This file is not a certificate (PEM). Choose HQ&apos;s CA certificate (ca.pem).</source>
        <translation>Цей файл не є сертифікатом (PEM). Виберіть сертифікат ЦС штабу (ca.pem).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="225"/>
        <source>This file holds no CA certificate: it may be HQ&apos;s server certificate. Choose HQ&apos;s CA certificate (ca.pem).</source>
        <translation>У цьому файлі немає сертифіката ЦС: можливо, це сертифікат сервера штабу. Виберіть сертифікат ЦС штабу (ca.pem).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="228"/>
        <source>{url} is not an HQ address: give it as https://host:port, e.g. https://hq.example:8443.</source>
        <translation>{url} не є адресою штабу: вкажіть її як https://вузол:порт, напр. https://hq.example:8443.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="231"/>
        <source>HQ must be reached over HTTPS: give an address that starts with https://.</source>
        <translation>Зі штабом можна з&apos;єднуватися лише через HTTPS: вкажіть адресу, що починається з https://.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="239"/>
        <source>idle lock time (minutes)</source>
        <extracomment>The names of the workstation settings an error may name.</extracomment>
        <translation>час до блокування (хвилини)</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="240"/>
        <source>autosave delay (ms)</source>
        <translation>затримка автозбереження (мс)</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="241"/>
        <source>language</source>
        <translation>мова</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="242"/>
        <source>workstation label</source>
        <translation>назва робочого місця</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="247"/>
        <source>an inspector</source>
        <extracomment>The operator roles an error may name.</extracomment>
        <translation>інспектор</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="248"/>
        <source>a supervisor</source>
        <translation>керівник зміни</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="291"/>
        <source>The password is not acceptable.</source>
        <translation>Пароль не підходить.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="301"/>
        <source>This cannot be done now.</source>
        <translation>Зараз це неможливо.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="312"/>
        <source>The workstation database failed. Try again; if it keeps failing, call your supervisor.</source>
        <translation>Збій бази даних робочого місця. Спробуйте знову; якщо повторюється, зверніться до керівника.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="317"/>
        <source>Synchronisation with headquarters failed; it will be retried.</source>
        <translation>Синхронізація зі штабом не вдалася; її буде повторено.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="322"/>
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
    <name>FinalizeSummary</name>
    <message numerus="yes">
        <location filename="../../checkpoint/gui/inspection/summary.py" line="80"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n фото</numerusform>
            <numerusform>%n фото</numerusform>
            <numerusform>%n фото</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/summary.py" line="98"/>
        <source>Finalize this inspection?</source>
        <translation>Завершити цей огляд?</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/summary.py" line="100"/>
        <source>Check the record. Once finalized it cannot be changed; a correction is then an amendment.</source>
        <translation>Перевірте запис. Завершений огляд змінити не можна; виправлення тоді вноситься окремим записом.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/summary.py" line="113"/>
        <source>&amp;Finalize</source>
        <translation>&amp;Завершити</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/summary.py" line="114"/>
        <source>&amp;Back to the form</source>
        <translation>&amp;Назад до форми</translation>
    </message>
</context>
<context>
    <name>FindingPart</name>
    <message>
        <location filename="../../ui/finding.ui" line="11"/>
        <source>Ris&amp;k area:</source>
        <translation>Сфера &amp;ризику:</translation>
    </message>
    <message>
        <location filename="../../ui/finding.ui" line="24"/>
        <source>&amp;Commodity:</source>
        <translation>Пр&amp;едмет:</translation>
    </message>
    <message>
        <location filename="../../ui/finding.ui" line="37"/>
        <location filename="../../checkpoint/gui/inspection/finding_part.py" line="67"/>
        <source>&amp;Quantity:</source>
        <translation>&amp;Кількість:</translation>
    </message>
    <message>
        <location filename="../../ui/finding.ui" line="50"/>
        <source>&amp;Unit:</source>
        <translation>Оди&amp;ниця:</translation>
    </message>
    <message>
        <location filename="../../ui/finding.ui" line="63"/>
        <source>C&amp;oncealment:</source>
        <translation>При&amp;ховування:</translation>
    </message>
    <message>
        <location filename="../../ui/finding.ui" line="76"/>
        <source>Concealment &amp;details:</source>
        <translation>Подро&amp;биці приховування:</translation>
    </message>
    <message>
        <location filename="../../ui/finding.ui" line="89"/>
        <source>De&amp;tected by:</source>
        <translation>Спосіб &amp;виявлення:</translation>
    </message>
    <message>
        <location filename="../../ui/finding.ui" line="102"/>
        <source>&amp;Photos of it:</source>
        <translation>Фо&amp;то:</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/finding_part.py" line="67"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Сума:</translation>
    </message>
</context>
<context>
    <name>GeneralPart</name>
    <message>
        <location filename="../../ui/general.ui" line="11"/>
        <source>Check&amp;point:</source>
        <translation>Пун&amp;кт пропуску:</translation>
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
        <translation>документальний</translation>
    </message>
    <message>
        <location filename="../../ui/general.ui" line="83"/>
        <source>physical</source>
        <translation>фізичний</translation>
    </message>
    <message>
        <location filename="../../ui/general.ui" line="90"/>
        <source>X-ray</source>
        <translation>рентген</translation>
    </message>
    <message>
        <location filename="../../ui/general.ui" line="97"/>
        <source>canine</source>
        <translation>кінологічний</translation>
    </message>
    <message>
        <location filename="../../ui/general.ui" line="104"/>
        <source>full</source>
        <translation>повний</translation>
    </message>
    <message>
        <location filename="../../ui/general.ui" line="127"/>
        <source>&amp;Trigger:</source>
        <translation>Підс&amp;тава:</translation>
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
        <source>H&amp;S code:</source>
        <translation>Код УКТЗ&amp;ЕД:</translation>
    </message>
    <message>
        <location filename="../../ui/goods_line.ui" line="21"/>
        <source>6, 8 or 10 digits</source>
        <translation>6, 8 або 10 цифр</translation>
    </message>
    <message>
        <location filename="../../ui/goods_line.ui" line="44"/>
        <source>&amp;Description:</source>
        <translation>&amp;Опис:</translation>
    </message>
    <message>
        <location filename="../../ui/goods_line.ui" line="57"/>
        <source>D&amp;eclared quantity:</source>
        <translation>&amp;Задекларована кількість:</translation>
    </message>
    <message>
        <location filename="../../ui/goods_line.ui" line="67"/>
        <source>empty: not declared</source>
        <translation>порожньо: не задекларовано</translation>
    </message>
    <message>
        <location filename="../../ui/goods_line.ui" line="74"/>
        <source>Found &amp;quantity:</source>
        <translation>Виявлена &amp;кількість:</translation>
    </message>
    <message>
        <location filename="../../ui/goods_line.ui" line="104"/>
        <source>Va&amp;lue:</source>
        <translation>Ва&amp;ртість:</translation>
    </message>
    <message>
        <location filename="../../ui/goods_line.ui" line="84"/>
        <source>empty: not verified</source>
        <translation>порожньо: не перевірено</translation>
    </message>
    <message>
        <location filename="../../ui/goods_line.ui" line="91"/>
        <source>&amp;Unit:</source>
        <translation>Оди&amp;ниця:</translation>
    </message>
    <message>
        <location filename="../../ui/goods_line.ui" line="117"/>
        <source>&amp;Currency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <location filename="../../ui/goods_line.ui" line="127"/>
        <source>ISO 4217, e.g. EUR</source>
        <translation>ISO 4217, напр. EUR</translation>
    </message>
    <message>
        <location filename="../../ui/goods_line.ui" line="150"/>
        <source>&amp;Origin:</source>
        <translation>&amp;Походження:</translation>
    </message>
    <message>
        <location filename="../../ui/goods_line.ui" line="160"/>
        <source>country of origin, e.g. CHN</source>
        <translation>країна походження, напр. CHN</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/goods_part.py" line="40"/>
        <source>Declared %1, found %2: a difference of %3.</source>
        <translation>Задекларовано %1, виявлено %2: різниця %3.</translation>
    </message>
</context>
<context>
    <name>HitDialog</name>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="66"/>
        <source>Watchlist hit: %1, %2 (%3 match); recorded for triage when you finalize.</source>
        <translation>Збіг зі списком спостереження: %1, %2 (збіг: %3); буде записано для оцінки після завершення.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="83"/>
        <source>Report</source>
        <translation>Звіт</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="83"/>
        <source>Watchlist hits</source>
        <translation>Збіги зі списками спостереження</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="112"/>
        <source>Confirmed</source>
        <translation>Підтверджено</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="113"/>
        <source>Possible</source>
        <translation>Можливо</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="114"/>
        <source>False positive (dismiss)</source>
        <translation>Хибний збіг (відхилити)</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="116"/>
        <source>Outcome:</source>
        <translation>Результат:</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="121"/>
        <source>Place, time, route, accompanying persons, objects, circumstances</source>
        <translation>Місце, час, маршрут, супровідні особи, предмети, обставини</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="122"/>
        <source>Report:</source>
        <translation>Звіт:</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="122"/>
        <source>Action taken:</source>
        <translation>Вжиті заходи:</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="125"/>
        <source>Reason (to dismiss):</source>
        <translation>Причина (для відхилення):</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="136"/>
        <source>Screened as typed. Each hit is recorded and triaged when the inspection is finalized.</source>
        <translation>Перевірено під час введення. Кожен збіг буде записано й оцінено, коли огляд завершать.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="146"/>
        <source>&amp;Record triage</source>
        <translation>&amp;Записати рішення</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="161"/>
        <source>The owner</source>
        <translation>Власник запису</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="162"/>
        <source>%1 asks: %2</source>
        <translation>%1 просить: %2</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="164"/>
        <source>(alert valid until %1)</source>
        <translation>(запис чинний до %1)</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="173"/>
        <source>Dismissed by the officer: no confirmation asked</source>
        <translation>Відхилено посадовою особою: підтвердження не запитувалося</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="174"/>
        <source>Provisional: the owning authority has not been asked yet (triaged as possible or confirmed, HQ asks it after the next sync)</source>
        <translation>Попередній: орган-власника ще не запитано (якщо збіг оцінено як можливий або підтверджений, штаб запитає його після наступної синхронізації)</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="180"/>
        <source>Confirmed by %1: %2</source>
        <translation>Підтверджено органом %1: %2</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="182"/>
        <source>Confirmed by %1</source>
        <translation>Підтверджено органом %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="184"/>
        <source>Not confirmed by %1: %2</source>
        <translation>Не підтверджено органом %1: %2</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="186"/>
        <source>Not confirmed by %1</source>
        <translation>Не підтверджено органом %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="189"/>
        <source>Provisional: %1 has not answered; the deadline was %2</source>
        <translation>Попередній: %1 не відповів; строк минув %2</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="191"/>
        <source>Provisional: awaiting %1 until %2</source>
        <translation>Попередній: очікується відповідь %1 до %2</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="202"/>
        <source>Answered by %1 at %2</source>
        <translation>Відповів %1, %2</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="219"/>
        <source>Dismissing a hit needs a reason.</source>
        <translation>Щоб відхилити збіг, вкажіть причину.</translation>
    </message>
</context>
<context>
    <name>HitPanel</name>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="281"/>
        <source>Report (%1)</source>
        <translation>Звіт (%1)</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="284"/>
        <source>Watchlist hits (%1)</source>
        <translation>Збіги зі списками (%1)</translation>
    </message>
</context>
<context>
    <name>HitWords</name>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="36"/>
        <source>arrest / detain</source>
        <translation>затримати / заарештувати</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="37"/>
        <source>refuse entry</source>
        <translation>відмовити у в&apos;їзді</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="38"/>
        <source>seize the object</source>
        <translation>вилучити предмет</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="39"/>
        <source>specific check</source>
        <translation>цільова перевірка</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="40"/>
        <source>discreet check</source>
        <translation>прихована перевірка</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="41"/>
        <source>information only</source>
        <translation>лише до відома</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="44"/>
        <source>identifier</source>
        <translation>ідентифікатор</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="45"/>
        <source>name</source>
        <translation>ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="48"/>
        <source>not triaged</source>
        <translation>без оцінки</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="49"/>
        <source>possible</source>
        <translation>можливо</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="50"/>
        <source>confirmed</source>
        <translation>підтверджено</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="51"/>
        <source>false positive</source>
        <translation>хибний збіг</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="54"/>
        <source>document</source>
        <translation>документ</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="55"/>
        <source>plate</source>
        <translation>номерний знак</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="56"/>
        <source>VIN</source>
        <translation>VIN-код</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="57"/>
        <source>container</source>
        <translation>контейнер</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="58"/>
        <source>IMO number</source>
        <translation>номер IMO</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="61"/>
        <source>same spelling</source>
        <translation>однакове написання</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="62"/>
        <source>transliteration</source>
        <translation>транслітерація</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="63"/>
        <source>transcription</source>
        <translation>транскрипція</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="64"/>
        <source>typo</source>
        <translation>описка</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="65"/>
        <source>longer name</source>
        <translation>довше ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="66"/>
        <source>different</source>
        <translation>різні</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="69"/>
        <source>birth date</source>
        <translation>дата народження</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="70"/>
        <source>nationality</source>
        <translation>громадянство</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="71"/>
        <source>sex</source>
        <translation>стать</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="72"/>
        <source>common name</source>
        <translation>поширене ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="75"/>
        <source>male</source>
        <translation>чоловіча</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="76"/>
        <source>female</source>
        <translation>жіноча</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="80"/>
        <source>born {born}, listed {listed}: same date</source>
        <translation>вказано {born}, у списку {listed}: та сама дата</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="81"/>
        <source>born {born}, listed {listed}: agrees as far as both are known</source>
        <translation>вказано {born}, у списку {listed}: збігається, наскільки обидві відомі</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="83"/>
        <source>born {born}, listed {listed}: one part differs (a typo?)</source>
        <translation>вказано {born}, у списку {listed}: відрізняється одна частина (описка?)</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="85"/>
        <source>born {born}, listed {listed}: another date</source>
        <translation>вказано {born}, у списку {listed}: інша дата</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="86"/>
        <source>{nationality} is listed</source>
        <translation>{nationality} є у списку</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="87"/>
        <source>{nationality}, listed {listed}</source>
        <translation>{nationality}, у списку {listed}</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="89"/>
        <source>{sex}, listed {listed}</source>
        <translation>{sex}, у списку {listed}</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="90"/>
        <source>{namesakes} listed entries share this name; only an equal full birth date makes it a hit</source>
        <translation>це ім&apos;я мають записів у списках: {namesakes}; збігом його робить лише однакова повна дата народження</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="93"/>
        <source>over 200 listed entries share this name; only an equal full birth date makes it a hit</source>
        <translation>це ім&apos;я мають понад 200 записів у списках; збігом його робить лише однакова повна дата народження</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="142"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="148"/>
        <source>%1 %2 = listed %3</source>
        <translation>%1 %2 = у списку %3</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="152"/>
        <source>, %1 on both sides</source>
        <translation>, %1 з обох боків</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="154"/>
        <source> (the country was not compared: one side does not give it)</source>
        <translation> (країну не порівнювали: одна зі сторін її не вказує)</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="159"/>
        <source>name %1 ~ listed %2: name score %3</source>
        <translation>ім&apos;я %1 ~ у списку %2: оцінка імені %3</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="163"/>
        <source>%1 ~ %2 (%3 ~ %4): %5 %6</source>
        <translation>%1 ~ %2 (%3 ~ %4): %5 %6</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="170"/>
        <source>not in the listed name: %1</source>
        <translation>немає в імені зі списку: %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="173"/>
        <source>not in the query: %1</source>
        <translation>немає в запиті: %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="176"/>
        <source>score %1</source>
        <translation>оцінка %1</translation>
    </message>
</context>
<context>
    <name>HqPage</name>
    <message>
        <location filename="../../checkpoint/gui/setup/pages.py" line="224"/>
        <source>HQ&apos;s CA certificate</source>
        <translation>Сертифікат ЦС штабу</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/pages.py" line="225"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Сертифікати (*.pem *.crt);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/pages.py" line="252"/>
        <source>Give HQ&apos;s address, e.g. https://hq.example:8443.</source>
        <translation>Вкажіть адресу штабу, напр. https://hq.example:8443.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/pages.py" line="253"/>
        <source>Give the one-time code HQ issued for this post.</source>
        <translation>Вкажіть одноразовий код, який штаб видав для цього пункту.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/pages.py" line="254"/>
        <source>Choose HQ&apos;s CA certificate (the ca.pem file HQ gave).</source>
        <translation>Виберіть сертифікат ЦС штабу (файл ca.pem, який дав штаб).</translation>
    </message>
</context>
<context>
    <name>InspectionForm</name>
    <message>
        <location filename="../../ui/inspection_form.ui" line="13"/>
        <location filename="../../checkpoint/gui/inspection/form.py" line="287"/>
        <source>Inspection</source>
        <translation>Огляд</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_form.ui" line="61"/>
        <source>Finalize</source>
        <translation>Завершити</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_form.ui" line="64"/>
        <source>Check the whole record and finalize it (Ctrl+Enter)</source>
        <translation>Перевірити весь запис і завершити його (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_form.ui" line="71"/>
        <source>A&amp;mend…</source>
        <translation>&amp;Виправити…</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_form.ui" line="78"/>
        <source>Open a c&amp;ase…</source>
        <translation>Відкрити с&amp;праву…</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_form.ui" line="81"/>
        <source>An offence case prefilled from the finding shown on the Findings tab</source>
        <translation>Справа про порушення, заповнена з виявленого, показаного на вкладці «Виявлене»</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_form.ui" line="88"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_form.ui" line="100"/>
        <location filename="../../checkpoint/gui/inspection/ownership_bar.py" line="29"/>
        <source>Finalized, read-only: correct it with Amend.</source>
        <translation>Завершено, лише перегляд: виправте через «Виправити».</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_form.ui" line="124"/>
        <source>General</source>
        <translation>Загальне</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_form.ui" line="130"/>
        <source>Persons</source>
        <translation>Особи</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_form.ui" line="136"/>
        <source>Vehicle</source>
        <translation>Транспорт</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_form.ui" line="142"/>
        <source>Consignment</source>
        <translation>Вантаж</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_form.ui" line="148"/>
        <source>Goods</source>
        <translation>Товари</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_form.ui" line="154"/>
        <source>Cash</source>
        <translation>Готівка</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_form.ui" line="160"/>
        <source>Findings</source>
        <translation>Виявлене</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_form.ui" line="166"/>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_form.ui" line="91"/>
        <source>Close (the draft stays saved) (Ctrl+W)</source>
        <translation>Закрити (чернетку збережено) (Ctrl+W)</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_form.ui" line="176"/>
        <source>Before it can be finalized</source>
        <translation>Перш ніж завершити</translation>
    </message>
    <message>
        <location filename="../../ui/inspection_form.ui" line="189"/>
        <source>Double-click or press Enter on a line to go to the field.</source>
        <translation>Двічі клацніть або натисніть Enter на рядку, щоб перейти до поля.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/form.py" line="173"/>
        <source>Print protocol…</source>
        <extracomment>The tab of each part of the record, by the first name of a problem&apos;s path.</extracomment>
        <translation>Друкувати протокол…</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/form.py" line="174"/>
        <source>The protocol as a PDF, with the record&apos;s number and digest (Ctrl+P)</source>
        <translation>Протокол у PDF з номером запису та його дайджестом (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/form.py" line="286"/>
        <location filename="../../checkpoint/gui/inspection/form.py" line="299"/>
        <source>draft</source>
        <translation>чернетка</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/form.py" line="286"/>
        <location filename="../../checkpoint/gui/inspection/form.py" line="299"/>
        <source>finalized</source>
        <translation>завершено</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/form.py" line="287"/>
        <source>Amendment</source>
        <translation>Виправлення</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/form.py" line="292"/>
        <source>Corrects &lt;a href=&quot;%1&quot;&gt;the original record&lt;/a&gt;. Reason: %2</source>
        <translation>Виправляє &lt;a href=&quot;%1&quot;&gt;початковий запис&lt;/a&gt;. Причина: %2</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/form.py" line="296"/>
        <source>Amended &lt;a href=&quot;%1&quot;&gt;%2 by %3&lt;/a&gt; (%4): %5</source>
        <translation>Виправлено &lt;a href=&quot;%1&quot;&gt;%2, %3&lt;/a&gt; (%4): %5</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/form.py" line="304"/>
        <source>A later version corrects this record: &lt;a href=&quot;%1&quot;&gt;open the current version&lt;/a&gt;.</source>
        <translation>Цей запис виправлено пізнішою версією: &lt;a href=&quot;%1&quot;&gt;відкрити чинну версію&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/form.py" line="309"/>
        <source>Finalized %1</source>
        <translation>Завершено %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/form.py" line="335"/>
        <source>Editing…</source>
        <translation>Редагування…</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/form.py" line="372"/>
        <source>Taken over from %1</source>
        <translation>Перейнято від %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/form.py" line="394"/>
        <source>Saved %1</source>
        <translation>Збережено %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/form.py" line="406"/>
        <source>NOT saved</source>
        <translation>НЕ збережено</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/form.py" line="460"/>
        <source>Finalizing…</source>
        <translation>Завершення…</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/form.py" line="495"/>
        <source>To do before finalizing: %1</source>
        <translation>Залишилося до завершення: %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/form.py" line="496"/>
        <source>Nothing left to do: finalize with Ctrl+Enter.</source>
        <translation>Усе готово: завершіть клавішами Ctrl+Enter.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/form.py" line="569"/>
        <source>Save the protocol</source>
        <translation>Зберегти протокол</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/form.py" line="570"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/ownership_bar.py" line="33"/>
        <source>The draft of &lt;b&gt;%1&lt;/b&gt;, read-only: only %1 can change or finalize it.</source>
        <translation>Чернетка &lt;b&gt;%1&lt;/b&gt;, лише для перегляду: змінити або завершити її може тільки %1.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/ownership_bar.py" line="36"/>
        <source>As the supervisor you may take it over (shift handover).</source>
        <translation>Як керівник зміни ви можете її перейняти (передача зміни).</translation>
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
    <message>
        <location filename="../../ui/item_list.ui" line="61"/>
        <source>&amp;Undo</source>
        <translation>&amp;Повернути</translation>
    </message>
    <message>
        <location filename="../../ui/item_list.ui" line="64"/>
        <source>Put the removed item back where it was</source>
        <translation>Повернути вилучене на його місце</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/item_list.py" line="136"/>
        <source>Removed: %1</source>
        <translation>Вилучено: %1</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <location filename="../../checkpoint/gui/review/journal_view.py" line="32"/>
        <source>Verifying the journal…</source>
        <translation>Перевірка журналу…</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/journal_view.py" line="33"/>
        <source>Verify the whole journal</source>
        <translation>Перевірити весь журнал</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/journal_view.py" line="37"/>
        <source>Cancel the verification</source>
        <translation>Скасувати перевірку</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/journal_view.py" line="46"/>
        <source>Whole journal verified: intact (%1 entries).</source>
        <translation>Увесь журнал перевірено: цілісний (записів: %1).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/journal_view.py" line="49"/>
        <source>Journal of the shift verified: intact (entries %1 to %2%3).</source>
        <translation>Журнал зміни перевірено: цілісний (записи з %1 по %2%3).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/journal_view.py" line="52"/>
        <source>, anchored at signed checkpoint %1</source>
        <translation>, прив’язано до підписаної контрольної точки %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/journal_view.py" line="57"/>
        <source>Journal BROKEN from entry %1: %2</source>
        <translation>Журнал ПОШКОДЖЕНО, починаючи із запису %1: %2</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/journal_view.py" line="67"/>
        <source>Verifying the whole journal…</source>
        <translation>Перевірка всього журналу…</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/journal_view.py" line="98"/>
        <source>Verification of the whole journal cancelled after %1 of %2 entries.</source>
        <translation>Перевірку всього журналу скасовано після %1 із %2 записів.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/journal_view.py" line="106"/>
        <source>%1 of %2 entries</source>
        <translation>%1 із %2 записів</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../checkpoint/gui/operations/bar.py" line="47"/>
        <source>Link to operation %1</source>
        <translation>Прив&apos;язати до операції %1</translation>
    </message>
</context>
<context>
    <name>List</name>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="46"/>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="47"/>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="48"/>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="49"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="50"/>
        <source>Plate</source>
        <translation>Номер авто</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="51"/>
        <source>Lane</source>
        <translation>Смуга</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="52"/>
        <source>Direction</source>
        <translation>Напрямок</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="53"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="54"/>
        <source>Officer</source>
        <translation>Інспектор</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="89"/>
        <source>entry</source>
        <translation>в&apos;їзд</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="90"/>
        <source>exit</source>
        <translation>виїзд</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="91"/>
        <source>transit</source>
        <translation>транзит</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="92"/>
        <source>released</source>
        <translation>пропущено</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="93"/>
        <source>secondary inspection</source>
        <translation>поглиблений огляд</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="95"/>
        <source>refused entry</source>
        <translation>відмовлено у в&apos;їзді</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="96"/>
        <source>detained</source>
        <translation>затримано</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="97"/>
        <source>referred</source>
        <translation>передано</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="105"/>
        <source>draft</source>
        <translation>чернетка</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="107"/>
        <source>amendment</source>
        <translation>виправлення</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="108"/>
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
        <location filename="../../checkpoint/gui/auth.py" line="48"/>
        <source>&amp;Log in</source>
        <translation>&amp;Увійти</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/auth.py" line="49"/>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/auth.py" line="82"/>
        <source>Type your user name.</source>
        <translation>Введіть ім&apos;я користувача.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/auth.py" line="88"/>
        <source>Type your password.</source>
        <translation>Введіть пароль.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkpoint/gui/auth.py" line="134"/>
        <source>Too many failed attempts on this name: you can log in again in %n second(s).</source>
        <translation>
            <numerusform>Забагато невдалих спроб під цим ім&apos;ям: увійти знову можна через %n секунду.</numerusform>
            <numerusform>Забагато невдалих спроб під цим ім&apos;ям: увійти знову можна через %n секунди.</numerusform>
            <numerusform>Забагато невдалих спроб під цим ім&apos;ям: увійти знову можна через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/auth.py" line="138"/>
        <source>You can log in again now.</source>
        <translation>Тепер можна увійти знову.</translation>
    </message>
</context>
<context>
    <name>LoginFlow</name>
    <message>
        <location filename="../../checkpoint/gui/login_flow.py" line="155"/>
        <source>Unlocking…</source>
        <extracomment>a session is open for this operator (their own password may still be due) the operator may work: the session is open and the password is their own the operator closed the &quot;choose your password&quot; dialog: lock again the set-up or login window was closed: quit the login window is up: a good time to build the main window a new workstation was set up (its settings now exist)</extracomment>
        <translation>Розблокування…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.ui" line="6"/>
        <location filename="../../checkpoint/gui/main_window.py" line="201"/>
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
        <source>All inspections</source>
        <translation>Усі огляди</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="65"/>
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
        <translation>Ctrl+N</translation>
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
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="226"/>
        <source>&amp;Today&apos;s inspections</source>
        <translation>&amp;Сьогоднішні огляди</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="229"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="234"/>
        <source>&amp;All inspections</source>
        <translation>&amp;Усі огляди</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="237"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="242"/>
        <source>&amp;Unfinished inspections…</source>
        <translation>&amp;Незавершені огляди…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="245"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
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
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="266"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="269"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
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
        <translation>F9</translation>
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
        <translation>Shift+F9</translation>
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
        <translation>Ctrl+Q</translation>
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
        <translation>Вигл&amp;яд</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="378"/>
        <source>S&amp;ync</source>
        <translation>Синхроніза&amp;ція</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="390"/>
        <source>&amp;Help</source>
        <translation>Дов&amp;ідка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="404"/>
        <source>Main toolbar</source>
        <translation>Головна панель</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/main_window.py" line="90"/>
        <source>Operator: %1</source>
        <translation>Оператор: %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/main_window.py" line="91"/>
        <source>Role: %1</source>
        <translation>Роль: %1</translation>
    </message>
</context>
<context>
    <name>Mrz</name>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="230"/>
        <source>Nothing was read. Scan the machine-readable zone again.</source>
        <translation>Нічого не прочитано. Відскануйте машинозчитувану зону ще раз.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="232"/>
        <source>The reader typed Cyrillic letters: the keyboard layout is not English. Switch the layout to English and scan the document again.</source>
        <translation>Зчитувач ввів кириличні літери: розкладка клавіатури не англійська. Перемкніть розкладку на англійську й відскануйте документ ще раз.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="235"/>
        <source>Lines read: {count}. A machine-readable zone has 2 lines (passport, visa) or 3 (ID card). Scan the machine-readable zone again.</source>
        <translation>Прочитано рядків: {count}. Машинозчитувана зона має 2 рядки (паспорт, віза) або 3 (ID-картка). Відскануйте машинозчитувану зону ще раз.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="238"/>
        <source>Line {line} has {length} characters; a line of a machine-readable zone has 44 (passport), 36 (TD2) or 30 (ID card). Scan the machine-readable zone again.</source>
        <translation>Рядок {line} має символів: {length}; рядок машинозчитуваної зони має 44 (паспорт), 36 (TD2) або 30 (ID-картка) символів. Відскануйте машинозчитувану зону ще раз.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="242"/>
        <source>Line {line} has {length} characters but line {other_line} has {other_length}: the lines come from different documents or scans. Scan the document again.</source>
        <translation>Рядок {line} має {length} символів, а рядок {other_line} — {other_length}: рядки з різних документів чи сканувань. Відскануйте документ ще раз.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="246"/>
        <source>Line {line}, position {position} holds {character}, which cannot appear in a machine-readable zone (only A–Z, 0–9 and &lt;). If the reader typed it, check that the keyboard layout is English (US).</source>
        <translation>Рядок {line}, позиція {position}: символ {character}, якого не буває в машинозчитуваній зоні (лише A–Z, 0–9 і &lt;). Якщо його ввів зчитувач, перевірте, що розкладка клавіатури англійська (US).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="250"/>
        <source>{mrz_field}: {value} is not a code of letters.</source>
        <translation>{mrz_field}: {value} — не літерний код.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="252"/>
        <source>The sex field holds {value}; it must be M, F or &lt;.</source>
        <translation>Поле статі містить {value}; має бути M, F або &lt;.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="253"/>
        <source>The name field {value} contains digits.</source>
        <translation>Поле імені {value} містить цифри.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="254"/>
        <source>{mrz_field}: {value} is not a date (YYMMDD).</source>
        <translation>{mrz_field}: {value} — не дата (РРММДД).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="255"/>
        <source>{mrz_field}: {value} has no month {month}.</source>
        <translation>{mrz_field}: у {value} немає місяця {month}.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="256"/>
        <source>{mrz_field}: {value} has no day {day} in month {month}.</source>
        <translation>{mrz_field}: у {value} немає дня {day} у місяці {month}.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="258"/>
        <source>The document number {value} has a filler (&lt;) inside it.</source>
        <translation>Номер документа {value} містить заповнювач (&lt;) усередині.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="365"/>
        <source>document code</source>
        <extracomment>The MRZ fields whose check digits are named in ``mrz.checks_failed``.</extracomment>
        <translation>код документа</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="366"/>
        <source>issuing state</source>
        <translation>держава видачі</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="367"/>
        <source>nationality</source>
        <translation>громадянство</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="368"/>
        <source>document number</source>
        <translation>номер документа</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="369"/>
        <source>birth date</source>
        <translation>дата народження</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="370"/>
        <source>expiry date</source>
        <translation>строк дії</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="371"/>
        <source>optional data</source>
        <translation>додаткові дані</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="372"/>
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
        <source>S&amp;can the document (the reader types the lines here), or type them, each ending with Enter:</source>
        <translation>&amp;Скануйте документ (зчитувач вводить рядки сюди) або введіть їх, кожен завершуючи Enter:</translation>
    </message>
    <message>
        <location filename="../../ui/mrz_panel.ui" line="95"/>
        <source>Record as presented (&amp;failed check digits, specimen, forgery) because:</source>
        <translation>Записати як пред&apos;явлений (&amp;хибні контрольні цифри, зразок, підробка), бо:</translation>
    </message>
    <message>
        <location filename="../../ui/mrz_panel.ui" line="105"/>
        <source>reason (required to finalize with a failed check digit)</source>
        <translation>причина (обов&apos;язкова, щоб завершити з хибною контрольною цифрою)</translation>
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
        <translation>Рядок %1 зчитано; чекаю на наступний.</translation>
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
        <location filename="../../checkpoint/gui/inspection/mrz_panel.py" line="110"/>
        <source>Check digit failed: %1. Check the document by eye; to accept it, give the reason below.</source>
        <translation>Хибна контрольна цифра: %1. Перевірте документ візуально; щоб прийняти його, вкажіть причину нижче.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/mrz_panel.py" line="116"/>
        <source>%1: every check digit is correct.</source>
        <translation>%1: усі контрольні цифри правильні.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/mrz_panel.py" line="117"/>
        <source>Zone</source>
        <translation>Зона</translation>
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
        <location filename="../../checkpoint/gui/accounts/dialogs.py" line="119"/>
        <source>Type your current password.</source>
        <translation>Введіть поточний пароль.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../checkpoint/gui/operations/bar.py" line="68"/>
        <source>Joint operations</source>
        <translation>Спільні операції</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/operations/bar.py" line="76"/>
        <source>Acknowledge</source>
        <translation>Підтвердити</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/operations/bar.py" line="77"/>
        <source>Link to operation…</source>
        <translation>Прив&apos;язати до операції…</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/operations/bar.py" line="137"/>
        <source>CONTROLLED DELIVERY — DO NOT INTERCEPT: this inspection matches target %1 of operation %2. Let it pass; report only. %3</source>
        <translation>КОНТРОЛЬОВАНА ПОСТАВКА — НЕ ЗАТРИМУВАТИ: цей огляд збігається з об’єктом %1 операції %2. Пропустіть; лише повідомте. %3</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/operations/bar.py" line="143"/>
        <source>This inspection matches target %1 of operation %2 (%3).</source>
        <translation>Цей огляд збігається з об’єктом %1 операції %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/operations/bar.py" line="148"/>
        <source>Joint operation %1 (until %2): %3</source>
        <translation>Спільна операція %1 (до %2): %3</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/operations/bar.py" line="152"/>
        <source>Controlled delivery: some targets must NOT be intercepted.</source>
        <translation>Контрольована поставка: деякі об’єкти НЕ можна затримувати.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/operations/bar.py" line="168"/>
        <source>Do not intercept</source>
        <translation>Не затримувати</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/operations/bar.py" line="182"/>
        <source>Joint operation</source>
        <translation>Спільна операція</translation>
    </message>
</context>
<context>
    <name>OpenShiftDialog</name>
    <message>
        <location filename="../../ui/open_shift.ui" line="6"/>
        <source>Open a shift</source>
        <translation>Відкрити зміну</translation>
    </message>
    <message>
        <location filename="../../ui/open_shift.ui" line="21"/>
        <source>You are the supervisor responsible for the shift. Every inspection recorded while it is open belongs to it.</source>
        <translation>Ви — керівник, відповідальний за зміну. Кожен огляд, записаний, поки вона відкрита, належить до неї.</translation>
    </message>
    <message>
        <location filename="../../ui/open_shift.ui" line="28"/>
        <source>&amp;Officers on duty:</source>
        <translation>&amp;Посадові особи на чергуванні:</translation>
    </message>
    <message>
        <location filename="../../ui/open_shift.ui" line="38"/>
        <source>names, separated by commas: anna, bogdan</source>
        <translation>імена через кому: anna, bogdan</translation>
    </message>
    <message>
        <location filename="../../ui/open_shift.ui" line="45"/>
        <source>&amp;Lanes:</source>
        <translation>&amp;Смуги руху:</translation>
    </message>
    <message>
        <location filename="../../ui/open_shift.ui" line="55"/>
        <source>1, 2, 3</source>
        <translation>1, 2, 3</translation>
    </message>
    <message>
        <location filename="../../ui/open_shift.ui" line="62"/>
        <source>&amp;Checkpoint:</source>
        <translation>Пункт п&amp;ропуску:</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/dialogs.py" line="53"/>
        <source>&amp;Open shift</source>
        <translation>&amp;Відкрити зміну</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/dialogs.py" line="58"/>
        <source>Name at least one officer on duty.</source>
        <translation>Вкажіть хоча б одну посадову особу на чергуванні.</translation>
    </message>
</context>
<context>
    <name>OperationReportDialog</name>
    <message>
        <location filename="../../ui/operation_report.ui" line="6"/>
        <source>Joint operation report</source>
        <translation>Звіт про спільну операцію</translation>
    </message>
    <message>
        <location filename="../../ui/operation_report.ui" line="21"/>
        <source>The post&apos;s report on a joint operation: the inspections linked to it, their outcomes and your remarks. It goes to HQ with the next sync.</source>
        <translation>Звіт пункту пропуску про спільну операцію: прив&apos;язані до неї огляди, їхні результати та ваші зауваження. Надходить до центру з наступною синхронізацією.</translation>
    </message>
    <message>
        <location filename="../../ui/operation_report.ui" line="28"/>
        <source>&amp;Operation:</source>
        <translation>&amp;Операція:</translation>
    </message>
    <message>
        <location filename="../../ui/operation_report.ui" line="42"/>
        <source>At this post:</source>
        <translation>На цьому пункті:</translation>
    </message>
    <message>
        <location filename="../../ui/operation_report.ui" line="59"/>
        <source>&amp;Remarks:</source>
        <translation>&amp;Зауваження:</translation>
    </message>
    <message>
        <location filename="../../ui/operation_report.ui" line="69"/>
        <source>Results, what the post observed, what it could not do</source>
        <translation>Результати, що помітили на пункті, чого не вдалося зробити</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/operations/report.py" line="31"/>
        <source>&amp;Make the report</source>
        <translation>&amp;Скласти звіт</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/operations/report.py" line="35"/>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/operations/report.py" line="45"/>
        <source>This post holds no joint-operation notices.</source>
        <translation>На цьому пункті немає повідомлень про спільні операції.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/operations/report.py" line="49"/>
        <source>Linked inspections: %1</source>
        <translation>Прив&apos;язаних оглядів: %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/operations/report.py" line="50"/>
        <source>Acknowledged by %1 at %2</source>
        <translation>Підтвердив(ла) %1 о %2</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/operations/report.py" line="52"/>
        <source>Not acknowledged yet</source>
        <translation>Ще не підтверджено</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/operations/report.py" line="54"/>
        <source>Last report made at %1; a new one adds to it.</source>
        <translation>Останній звіт складено о %1; новий доповнює його.</translation>
    </message>
</context>
<context>
    <name>OwnershipBar</name>
    <message>
        <location filename="../../checkpoint/gui/inspection/ownership_bar.py" line="52"/>
        <source>Ta&amp;ke over draft…</source>
        <translation>Пере&amp;йняти чернетку…</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/ownership_bar.py" line="54"/>
        <source>Make this draft yours (shift handover); journaled with its previous owner</source>
        <translation>Зробити цю чернетку своєю (передача зміни); у журналі записується її попередній власник</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/ownership_bar.py" line="74"/>
        <source>Take over draft</source>
        <translation>Перейняти чернетку</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/ownership_bar.py" line="75"/>
        <source>Take over the draft of %1? It becomes yours to complete and finalize; %1 can no longer change it. The journal records the handover.</source>
        <translation>Перейняти чернетку %1? Вона стане вашою, ви її доповните й завершите; %1 більше не зможе її змінювати. Передачу буде записано в журнал.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../checkpoint/gui/setup/pages.py" line="81"/>
        <source>The workstation is set up; this is changed in the program now.</source>
        <translation>Робоче місце налаштовано; тепер це змінюють у програмі.</translation>
    </message>
</context>
<context>
    <name>PersonPart</name>
    <message>
        <location filename="../../ui/person.ui" line="29"/>
        <source>&amp;Surname (original script):</source>
        <translation>&amp;Прізвище (оригінальне письмо):</translation>
    </message>
    <message>
        <location filename="../../ui/person.ui" line="42"/>
        <source>&amp;Given names (original script):</source>
        <translation>І&amp;м&apos;я (оригінальне письмо):</translation>
    </message>
    <message>
        <location filename="../../ui/person.ui" line="55"/>
        <source>Surname (&amp;Latin):</source>
        <translation>Прізвище (&amp;латиницею):</translation>
    </message>
    <message>
        <location filename="../../ui/person.ui" line="16"/>
        <source>R&amp;ole:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <location filename="../../ui/person.ui" line="68"/>
        <source>Given names (Latin):</source>
        <translation>Імена (латиницею):</translation>
    </message>
    <message>
        <location filename="../../ui/person.ui" line="81"/>
        <source>&amp;Birth date:</source>
        <translation>Дата &amp;народження:</translation>
    </message>
    <message>
        <location filename="../../ui/person.ui" line="91"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>РРРР-ММ-ДД, РРРР-ММ або РРРР</translation>
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
        <translation>ISO 3166 alpha-3 або код ІКАО, напр. UKR</translation>
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
        <translation>напр. UKR</translation>
    </message>
    <message>
        <location filename="../../ui/person.ui" line="216"/>
        <source>&amp;Document number:</source>
        <translation>Номер док&amp;умента:</translation>
    </message>
    <message>
        <location filename="../../ui/person.ui" line="229"/>
        <source>&amp;Expiry:</source>
        <translation>Дійсни&amp;й до:</translation>
    </message>
    <message>
        <location filename="../../ui/person.ui" line="239"/>
        <source>YYYY-MM-DD</source>
        <translation>РРРР-ММ-ДД</translation>
    </message>
</context>
<context>
    <name>PhotosPart</name>
    <message>
        <location filename="../../ui/photos.ui" line="32"/>
        <source>&amp;Caption:</source>
        <translation>&amp;Підпис:</translation>
    </message>
    <message>
        <location filename="../../ui/photos.ui" line="42"/>
        <source>what the photo shows</source>
        <translation>що на фото</translation>
    </message>
    <message>
        <location filename="../../ui/photos.ui" line="49"/>
        <source>Add &amp;photo…</source>
        <translation>Додати фот&amp;о…</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/photos_part.py" line="77"/>
        <source>Add a photo</source>
        <translation>Додати фото</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/photos_part.py" line="78"/>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Зображення (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
</context>
<context>
    <name>PostPage</name>
    <message>
        <location filename="../../checkpoint/gui/setup/pages.py" line="113"/>
        <source>The system&apos;s (%1)</source>
        <translation>Як у системі (%1)</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/pages.py" line="129"/>
        <source>Give the post code, e.g. UA-PL-01 (HQ gives it).</source>
        <translation>Вкажіть код пункту, напр. UA-PL-01 (його дає штаб).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/pages.py" line="132"/>
        <source>A post code has up to 32 letters, digits, &apos;-&apos;, &apos;.&apos;, &apos;_&apos; or &apos;/&apos;, e.g. UA-PL-01.</source>
        <translation>Код пункту має до 32 літер, цифр, &apos;-&apos;, &apos;.&apos;, &apos;_&apos; або &apos;/&apos;, напр. UA-PL-01.</translation>
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
        <source>Handover</source>
        <translation>Передача зміни</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="48"/>
        <source>Target %n</source>
        <translation>Об’єкт %n</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="49"/>
        <source>Person %n</source>
        <translation>Особа %n</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="50"/>
        <source>Person %n document</source>
        <translation>Особа %n, документ</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="51"/>
        <source>Person %n document MRZ</source>
        <translation>Особа %n, документ, MRZ</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="52"/>
        <source>Vehicle</source>
        <translation>Транспортний засіб</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="53"/>
        <source>Consignment</source>
        <translation>Вантаж</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="54"/>
        <source>Container %n</source>
        <translation>Контейнер %n</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="55"/>
        <source>Transport document</source>
        <translation>Транспортний документ</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="56"/>
        <source>Goods line %n</source>
        <translation>Товарна позиція %n</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="57"/>
        <source>Cash</source>
        <translation>Готівка</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="58"/>
        <source>Finding %n</source>
        <translation>Виявлення %n</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="60"/>
        <source>Seized item %n</source>
        <translation>Вилучений предмет %n</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="61"/>
        <source>Linked finding %n</source>
        <translation>Пов&apos;язана знахідка %n</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="62"/>
        <source>Marking</source>
        <translation>Позначки</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="63"/>
        <source>Decision</source>
        <translation>Рішення</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="67"/>
        <source>checkpoint</source>
        <translation>пункт пропуску</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="68"/>
        <source>lane</source>
        <translation>смуга</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="69"/>
        <source>direction</source>
        <translation>напрямок</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="70"/>
        <source>conveyance mode</source>
        <translation>вид транспорту</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="71"/>
        <source>control type</source>
        <translation>вид контролю</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="72"/>
        <source>trigger</source>
        <translation>підстава</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="73"/>
        <source>start time</source>
        <translation>час початку</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="74"/>
        <source>outcome</source>
        <translation>результат</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="75"/>
        <source>amendment reason</source>
        <translation>причина виправлення</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="76"/>
        <source>author</source>
        <translation>автор</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="77"/>
        <source>device id</source>
        <translation>ідентифікатор пристрою</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="80"/>
        <source>surname in Latin script</source>
        <translation>прізвище латиницею</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="82"/>
        <source>birth date</source>
        <translation>дата народження</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="83"/>
        <source>sex</source>
        <translation>стать</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="84"/>
        <source>nationality</source>
        <translation>громадянство</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="85"/>
        <source>travel document</source>
        <translation>проїзний документ</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="86"/>
        <source>type</source>
        <translation>тип</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="87"/>
        <source>issuing state</source>
        <translation>держава видачі</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="88"/>
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="89"/>
        <source>expiry</source>
        <translation>строк дії</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="90"/>
        <source>plate</source>
        <translation>номерний знак</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="91"/>
        <source>registration country</source>
        <translation>країна реєстрації</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="92"/>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="93"/>
        <source>trailer registration country</source>
        <translation>країна реєстрації причепа</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="95"/>
        <source>seals</source>
        <translation>пломби</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="96"/>
        <source>declaration MRN</source>
        <translation>MRN декларації</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="97"/>
        <source>consignor EORI</source>
        <translation>EORI відправника</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="98"/>
        <source>consignee EORI</source>
        <translation>EORI одержувача</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="99"/>
        <source>HS code</source>
        <translation>код УКТЗЕД (HS)</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="100"/>
        <source>description</source>
        <translation>опис</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="101"/>
        <source>declared quantity</source>
        <translation>задекларована кількість</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="102"/>
        <source>found quantity</source>
        <translation>виявлена кількість</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="103"/>
        <source>unit</source>
        <translation>одиниця виміру</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="104"/>
        <source>currency</source>
        <translation>валюта</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="105"/>
        <source>origin</source>
        <translation>країна походження</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="106"/>
        <source>amount</source>
        <translation>сума</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="107"/>
        <source>EUR equivalent</source>
        <translation>еквівалент у євро</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="108"/>
        <source>declared</source>
        <translation>декларування</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="109"/>
        <source>carrier</source>
        <translation>особа, що перевозить</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="110"/>
        <source>risk area</source>
        <translation>сфера ризику</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="111"/>
        <source>commodity</source>
        <translation>предмет</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="112"/>
        <source>quantity</source>
        <translation>кількість</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="113"/>
        <source>concealment method</source>
        <translation>спосіб приховування</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="114"/>
        <source>detection method</source>
        <translation>спосіб виявлення</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="115"/>
        <source>photos</source>
        <translation>фото</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="122"/>
        <source>id</source>
        <translation>ідентифікатор</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="123"/>
        <source>kind of case</source>
        <translation>вид справи</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="124"/>
        <source>legal basis</source>
        <translation>правова підстава</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="125"/>
        <source>time of the offence</source>
        <translation>час порушення</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="126"/>
        <source>place</source>
        <translation>місце</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="127"/>
        <source>persons</source>
        <translation>особи</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="78"/>
        <source>surname</source>
        <translation>прізвище</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="79"/>
        <source>given names</source>
        <translation>ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="128"/>
        <source>holder</source>
        <translation>зберігач</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="129"/>
        <source>value</source>
        <translation>вартість</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="130"/>
        <source>seal numbers</source>
        <translation>номери пломб</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="131"/>
        <source>restrictions</source>
        <translation>обмеження</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="132"/>
        <source>agency</source>
        <translation>орган</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="133"/>
        <source>reason</source>
        <translation>підстава</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="134"/>
        <source>deadline</source>
        <translation>строк</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="135"/>
        <source>agency&apos;s reference</source>
        <translation>номер органу</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="119"/>
        <source>status</source>
        <translation>стан</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="81"/>
        <source>given names in Latin script</source>
        <translation>ім&apos;я латиницею</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="116"/>
        <source>creation time</source>
        <translation>час створення</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="117"/>
        <source>time of the last change</source>
        <translation>час останньої зміни</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="118"/>
        <source>finalization time</source>
        <translation>час завершення</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="120"/>
        <source>amended record</source>
        <translation>виправлений запис</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="136"/>
        <source>handed over by</source>
        <translation>хто передав</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="137"/>
        <source>taken over by</source>
        <translation>хто прийняв</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="138"/>
        <source>entry number</source>
        <translation>номер запису</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="139"/>
        <source>action</source>
        <translation>дія</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="140"/>
        <source>seized item</source>
        <translation>вилучений предмет</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="141"/>
        <source>officers on duty</source>
        <translation>посадові особи на чергуванні</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="142"/>
        <source>lanes</source>
        <translation>смуги руху</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="143"/>
        <source>supervisor</source>
        <translation>керівник зміни</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="144"/>
        <source>note</source>
        <translation>примітка</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="145"/>
        <source>open items</source>
        <translation>незавершені справи</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="146"/>
        <source>remarks</source>
        <translation>зауваження</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="150"/>
        <source>{field} is invalid: {detail}</source>
        <translation>{field}: недійсне значення: {detail}</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="151"/>
        <source>{field} is missing.</source>
        <translation>{field} — не вказано.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="152"/>
        <source>{field}: {value} is not a date of the form {form}.</source>
        <translation>{field}: {value} — не дата у формі {form}.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="154"/>
        <source>{field}: {value} is not a real date.</source>
        <translation>{field}: {value} — такої дати не існує.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="155"/>
        <source>{field} is in the future.</source>
        <translation>{field} — дата в майбутньому.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="156"/>
        <source>{field}: UTO (Utopia) is the ICAO specimen state, not a real country.</source>
        <translation>{field}: UTO (Утопія) — зразкова держава ІКАО, а не реальна країна.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="158"/>
        <source>{field}: {value} is a two-letter code; use the three-letter code {alpha3}.</source>
        <translation>{field}: {value} — дволітерний код; вкажіть трилітерний код {alpha3}.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="160"/>
        <source>{field}: {value} is not an ISO 3166-1 alpha-3 or ICAO country code.</source>
        <translation>{field}: {value} — не код країни ISO 3166-1 alpha-3 чи ІКАО.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="162"/>
        <source>{field}: {value} is not 3 letters (ISO 4217), e.g. EUR.</source>
        <translation>{field}: {value} — не 3 літери (ISO 4217), як-от EUR.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="164"/>
        <source>{field}: {value} is not an ISO 4217 currency code.</source>
        <translation>{field}: {value} — не код валюти ISO 4217.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="166"/>
        <source>{field}: {value} may hold only digits (and dots or spaces).</source>
        <translation>{field}: {value} може містити лише цифри (і крапки чи пробіли).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="168"/>
        <source>{field}: {value} has {digits} digits; give 6, 8 or 10.</source>
        <translation>{field}: {value} має цифр: {digits}; потрібно 6, 8 або 10.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="170"/>
        <source>{field}: there is no chapter {chapter} (chapters run from 01 to 97, and 77 is reserved).</source>
        <translation>{field}: групи {chapter} не існує (групи від 01 до 97, 77 зарезервовано).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="173"/>
        <source>{field}: {value} must start with a two-letter country code (e.g. DE, FR, XI).</source>
        <translation>{field}: {value} має починатися з дволітерного коду країни (як-от DE, FR, XI).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="176"/>
        <source>{field}: {value} must be a country code and then 1 to 15 letters or digits.</source>
        <translation>{field}: {value} має складатися з коду країни та 1–15 літер чи цифр.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="179"/>
        <source>{field}: {value} is not an ISO 6346 number (3-letter owner code, category letter, 6-digit serial, check digit).</source>
        <translation>{field}: {value} — не номер ISO 6346 (3 літери коду власника, літера категорії, 6 цифр серійного номера, контрольна цифра).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="182"/>
        <source>{field}: {value} has category letter {category}; it must be U, J or Z.</source>
        <translation>{field}: у {value} літера категорії {category}; має бути U, J або Z.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="184"/>
        <source>{field}: {value} has check digit {found}; it should be {expected}. Compare the number with the one on the container.</source>
        <translation>{field}: у {value} контрольна цифра {found}, а має бути {expected}. Звірте номер з написаним на контейнері.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="187"/>
        <source>{field}: {value} has {length} characters; a VIN has 17.</source>
        <translation>{field}: {value} має символів: {length}; у VIN їх 17.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="189"/>
        <source>{field}: {value} has {letter} at position {position}; VINs never use I, O or Q.</source>
        <translation>{field}: у {value} на позиції {position} стоїть {letter}; у VIN не буває I, O чи Q.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="192"/>
        <source>{field}: {value} has {letter} at position {position}; a VIN holds only A–Z and 0–9.</source>
        <translation>{field}: у {value} на позиції {position} стоїть {letter}; VIN містить лише A–Z і 0–9.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="195"/>
        <source>{field}: {value} has check digit {found} at position 9; it should be {expected}. North American VINs must carry a correct check digit.</source>
        <translation>{field}: у {value} на 9-й позиції контрольна цифра {found}, а має бути {expected}. Північноамериканські VIN мусять мати правильну контрольну цифру.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="198"/>
        <source>{field}: an MRN has 18 characters, like 25UA205050000123E0.</source>
        <translation>{field}: MRN має 18 символів, як-от 25UA205050000123E0.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="200"/>
        <source>{field} is negative.</source>
        <translation>{field} — від’ємне значення.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="201"/>
        <source>{field} is longer than {maximum} characters.</source>
        <translation>{field}: довше за {maximum} символів.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="203"/>
        <source>{field}: at most {maximum} may be named.</source>
        <translation>{field}: можна вказати не більше {maximum}.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="204"/>
        <source>{field}: {value} is not one of {choices}.</source>
        <translation>{field}: {value} — не одне з: {choices}.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="206"/>
        <source>{field}: an entry is empty.</source>
        <translation>{field}: є порожній запис.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="207"/>
        <source>record at least one person, the vehicle or the consignment.</source>
        <translation>внесіть хоча б одну особу, транспортний засіб або вантаж.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="209"/>
        <source>plate, VIN, IMO number or journey number is missing.</source>
        <translation>не вказано ні номерного знака, ні VIN, ні номера IMO, ні номера рейсу.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="211"/>
        <source>declared or found quantity is missing.</source>
        <translation>не вказано ні задекларованої, ні виявленої кількості.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="212"/>
        <source>undeclared cash of {threshold} EUR or more (Reg. (EU) 2018/1672) needs a finding with risk area currency.</source>
        <translation>незадекларована готівка від {threshold} EUR (Регламент (ЄС) 2018/1672) потребує виявлення зі сферою ризику «валюта».</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="215"/>
        <source>the carrier is not one of the inspection&apos;s persons.</source>
        <translation>особа, що перевозить готівку, не серед осіб цього огляду.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="217"/>
        <source>refers to {count} photo(s) that are not attached.</source>
        <translation>посилається на фото, яких не додано: {count}.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="219"/>
        <source>{format} needs {lines} lines of {width} characters.</source>
        <translation>для {format} потрібно {lines} рядки по {width} символів.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="225"/>
        <source>the document expired on {expiry}.</source>
        <translation>строк дії документа минув {expiry}.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="226"/>
        <source>the document expires on {expiry}, in {days} day(s).</source>
        <translation>строк дії документа спливає {expiry}, через {days} дн.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="228"/>
        <source>recorded as presented: {reason}.</source>
        <translation>записано як пред&apos;явлений: {reason}.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="260"/>
        <source>{field}: {value} is not in the years {first}–{last}.</source>
        <translation>{field}: {value} — поза роками {first}–{last}.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="262"/>
        <source>{field} is not a plausible time (years {first}–{last}).</source>
        <translation>{field} — неправдоподібний час (роки {first}–{last}).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="264"/>
        <source>{field} holds the control character {character}, which a name or text must not hold.</source>
        <translation>{field} містить керівний символ {character}, якого в імені чи тексті бути не може.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="267"/>
        <source>line {line} is not JSON (column {column}).</source>
        <translation>рядок {line} — не JSON (стовпець {column}).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="269"/>
        <source>line {line} is not JSON this program reads (nested too deeply, NaN, Infinity or a number too long).</source>
        <translation>рядок {line} — JSON, якого ця програма не читає (надто глибока вкладеність, NaN, Infinity або надто довге число).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="272"/>
        <source>line {line} holds text that is not valid Unicode.</source>
        <translation>рядок {line} містить текст, що не є коректним Unicode.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="274"/>
        <source>line {line} is not a JSON object.</source>
        <translation>рядок {line} — не об&apos;єкт JSON.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="275"/>
        <source>line {line}, {field}: does not fit the format ({detail}).</source>
        <translation>рядок {line}, {field}: не відповідає формату ({detail}).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="277"/>
        <source>line {line}: only finalized inspections can be imported.</source>
        <translation>рядок {line}: імпортувати можна лише завершені огляди.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="279"/>
        <source>line {line}: the document does not read back the same.</source>
        <translation>рядок {line}: документ не прочитується так само.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="281"/>
        <source>line {line} is the same record as line {other_line}.</source>
        <translation>рядок {line} — той самий запис, що й рядок {other_line}.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="283"/>
        <source>line {line}: a different record with this id exists on this workstation.</source>
        <translation>рядок {line}: на цьому робочому місці вже є інший запис із цим ідентифікатором.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="286"/>
        <source>line {line} amends a record that is neither in the file nor on this workstation.</source>
        <translation>рядок {line} виправляє запис, якого немає ні у файлі, ні на цьому робочому місці.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="289"/>
        <source>line {line} claims to come from this workstation, which never made it.</source>
        <translation>рядок {line} стверджує, що походить із цього робочого місця, але воно його не створювало.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="291"/>
        <source>{field} must be more than zero.</source>
        <translation>{field} — має бути більше нуля.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="292"/>
        <source>{field} {value} is used twice.</source>
        <translation>{field} {value} використано двічі.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="293"/>
        <source>name at least one person.</source>
        <translation>зазначте хоча б одну особу.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="294"/>
        <source>a criminal case needs at least one suspect.</source>
        <translation>у кримінальній справі має бути хоча б один підозрюваний.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="296"/>
        <source>{field}: {value} is not an article of the customs code table from HQ.</source>
        <translation>{field}: {value} — такої статті немає в таблиці Митного кодексу від центру.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="298"/>
        <source>the finding {value} is not in the inspection.</source>
        <translation>знахідки {value} немає в огляді.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="300"/>
        <source>handling code H3 needs its restrictions spelled out.</source>
        <translation>для коду поводження H3 треба описати обмеження.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="302"/>
        <source>{field}: {value} is not an agency in HQ&apos;s directory.</source>
        <translation>{field}: {value} — такого органу немає в довіднику центру.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="304"/>
        <source>{field}: {agency} does not accept {what}.</source>
        <translation>{field}: {agency} не приймає {what}.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="306"/>
        <source>refer a case, a hit, persons, goods or cash.</source>
        <translation>направте справу, збіг, осіб, товари або готівку.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="308"/>
        <source>{field} is in the past.</source>
        <translation>{field} — уже минув.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="309"/>
        <source>a referral that is {current} cannot become {target}.</source>
        <translation>направлення зі станом «{current}» не може отримати стан «{target}».</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="311"/>
        <source>accepting needs the agency&apos;s reference.</source>
        <translation>для прийняття потрібен номер органу.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="313"/>
        <source>declining needs a reason.</source>
        <translation>для відхилення потрібна причина.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="314"/>
        <source>closing needs an outcome.</source>
        <translation>для закриття потрібен результат.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="315"/>
        <source>entry {value} does not follow entry {expected}.</source>
        <translation>запис {value} не йде за записом {expected}.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="317"/>
        <source>{value} does not hold the item (it is with {holder}).</source>
        <translation>{value} не має предмета (він у {holder}).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="319"/>
        <source>the seal numbers changed without a reason.</source>
        <translation>номери пломб змінилися без причини.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="321"/>
        <source>a seal that is not intact needs a reason.</source>
        <translation>для пошкодженої пломби потрібна причина.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="323"/>
        <source>the item&apos;s chain ended ({action}); nothing can follow.</source>
        <translation>ланцюг зберігання предмета завершено ({action}); далі записів бути не може.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="325"/>
        <source>the case has no seized item {value}.</source>
        <translation>у справі немає вилученого предмета {value}.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="332"/>
        <source>cases</source>
        <extracomment>The matters an agency may not accept (``referral.agency_refuses``&apos;s ``what``) and the statuses and custody actions a sentence may name.</extracomment>
        <translation>справи</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="333"/>
        <source>hits</source>
        <translation>збіги</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="334"/>
        <source>goods</source>
        <translation>товари</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="335"/>
        <source>cash</source>
        <translation>готівку</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="336"/>
        <source>a draft</source>
        <translation>чернетка</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="337"/>
        <source>approved</source>
        <translation>затверджено</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="338"/>
        <source>sent</source>
        <translation>надіслано</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="339"/>
        <source>received</source>
        <translation>отримано</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="340"/>
        <source>accepted</source>
        <translation>прийнято</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="341"/>
        <source>declined</source>
        <translation>відхилено</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="342"/>
        <source>closed</source>
        <translation>закрито</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="343"/>
        <source>returned</source>
        <translation>повернуто</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="344"/>
        <source>destroyed</source>
        <translation>знищено</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="434"/>
        <source>Give an override reason to accept it.</source>
        <translation>Щоб прийняти документ, вкажіть причину.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="221"/>
        <source>check digits failed ({fields}); give an override reason to accept it.</source>
        <translation>контрольні цифри не збіглися ({fields}); щоб прийняти документ, вкажіть причину.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="223"/>
        <source>the recorded check-digit results do not match the lines.</source>
        <translation>записані результати перевірки контрольних цифр не відповідають рядкам.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="356"/>
        <source>choose at least one control type.</source>
        <extracomment>The context of each sentence that is not in ``Problems`` (the MRZ reader&apos;s are ``Mrz``).</extracomment>
        <translation>виберіть хоча б один вид контролю.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="358"/>
        <source>say whether the cash was declared.</source>
        <translation>вкажіть, чи готівку задекларовано.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="360"/>
        <source>a seal number is empty.</source>
        <translation>номер однієї з пломб порожній.</translation>
    </message>
</context>
<context>
    <name>Protocol</name>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="52"/>
        <source>Seizure protocol</source>
        <extracomment>The compiled translations (``build/compile_qt.py``), as ``gui/app.py`` loads them. The labels a protocol may carry (the English keys of :mod:`checkpoint.services.cases.printing`), marked for lupdate in the ``Protocol`` context; their translations live in ``resources/translations/checkpoint_*.ts``.</extracomment>
        <translation>Протокол вилучення</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="53"/>
        <source>Referral letter</source>
        <translation>Лист-направлення</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="54"/>
        <source>Case</source>
        <translation>Справа</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="54"/>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="55"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="55"/>
        <source>Legal basis</source>
        <translation>Правова підстава</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="56"/>
        <source>Risk area</source>
        <translation>Сфера ризику</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="56"/>
        <source>Place</source>
        <translation>Місце</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="57"/>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="57"/>
        <source>Checkpoint</source>
        <translation>Пункт пропуску</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="58"/>
        <source>Inspection</source>
        <translation>Огляд</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="58"/>
        <source>Officer</source>
        <translation>Посадова особа</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="59"/>
        <source>Approved by</source>
        <translation>Затвердив</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="60"/>
        <source>Handling code</source>
        <translation>Код поводження</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="61"/>
        <source>Circumstances</source>
        <translation>Обставини</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="61"/>
        <source>Persons</source>
        <translation>Особи</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="62"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="62"/>
        <source>Surname</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="63"/>
        <source>Given names</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="63"/>
        <source>Born</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="64"/>
        <source>Nationality</source>
        <translation>Громадянство</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="64"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="65"/>
        <source>Seized items</source>
        <translation>Вилучені предмети</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="66"/>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="66"/>
        <source>HS code</source>
        <translation>Код УКТЗЕД</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="67"/>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="67"/>
        <source>Value</source>
        <translation>Вартість</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="68"/>
        <source>Seals</source>
        <translation>Пломби</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="68"/>
        <source>Held by</source>
        <translation>Зберігач</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="69"/>
        <source>Chain of custody</source>
        <translation>Ланцюг зберігання</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="69"/>
        <source>Item</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="70"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="70"/>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="71"/>
        <source>From</source>
        <translation>Від</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="71"/>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="72"/>
        <source>Referral</source>
        <translation>Направлення</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="72"/>
        <source>To agency</source>
        <translation>До органу</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="73"/>
        <source>Deadline</source>
        <translation>Строк</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="73"/>
        <source>Reason</source>
        <translation>Підстава</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="74"/>
        <source>Cash</source>
        <translation>Готівка</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="74"/>
        <source>Goods handed over</source>
        <translation>Передані товари</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="75"/>
        <source>Printed by</source>
        <translation>Надрукував</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="76"/>
        <source>Verification code</source>
        <translation>Код перевірки</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="77"/>
        <source>Record digest</source>
        <translation>Дайджест запису</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="77"/>
        <source>page</source>
        <translation>стор.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="78"/>
        <source>Signature</source>
        <translation>Підпис</translation>
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
    <name>RecordList</name>
    <message>
        <location filename="../../checkpoint/gui/record_list.py" line="106"/>
        <source>All inspections</source>
        <extracomment>Search results asked for first: a screenful, shown before the rest arrives.</extracomment>
        <translation>Усі огляди</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/record_list.py" line="107"/>
        <source>Today&apos;s inspections</source>
        <translation>Сьогоднішні огляди</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/record_list.py" line="134"/>
        <source>%1 inspection(s)</source>
        <translation>Оглядів: %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/record_list.py" line="158"/>
        <source>More than %1 inspections: this list sorts by time only. Choose Today or search to sort by another column.</source>
        <translation>Понад %1 оглядів: цей список сортується лише за часом. Оберіть «Сьогодні» або пошук, щоб сортувати за іншим стовпцем.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/record_list.py" line="250"/>
        <location filename="../../checkpoint/gui/record_list.py" line="265"/>
        <source>%1 found</source>
        <translation>Знайдено: %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/record_list.py" line="262"/>
        <source>Search in all inspections: %1</source>
        <translation>Пошук у всіх оглядах: %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/record_list.py" line="263"/>
        <source>Search in today&apos;s inspections: %1</source>
        <translation>Пошук у сьогоднішніх оглядах: %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/record_list.py" line="265"/>
        <source>%1+ found</source>
        <translation>Знайдено: %1+</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/record_list.py" line="268"/>
        <source>(identifiers only; tick Also names to search names)</source>
        <translation>(лише ідентифікатори; позначте «Також імена», щоб шукати імена)</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../checkpoint/gui/setup/pages.py" line="179"/>
        <source>HQ&apos;s recovery public key</source>
        <translation>Відкритий ключ відновлення штабу</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/pages.py" line="180"/>
        <source>PEM files (*.pem);;All files (*)</source>
        <translation>Файли PEM (*.pem);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/pages.py" line="205"/>
        <source>Choose the recovery key file HQ gave, or tick &quot;Set up without a recovery key&quot;.</source>
        <translation>Виберіть файл ключа відновлення, який дав штаб, або позначте «Налаштувати без ключа відновлення».</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../ui/referral.ui" line="5"/>
        <source>Referral</source>
        <translation>Направлення</translation>
    </message>
    <message>
        <location filename="../../ui/referral.ui" line="7"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Підстава:</translation>
    </message>
    <message>
        <location filename="../../ui/referral.ui" line="7"/>
        <source>&amp;Deadline:</source>
        <translation>&amp;Строк:</translation>
    </message>
    <message>
        <location filename="../../ui/referral.ui" line="7"/>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <location filename="../../ui/referral.ui" line="7"/>
        <source>&amp;Handling code:</source>
        <translation>&amp;Код поводження:</translation>
    </message>
    <message>
        <location filename="../../ui/referral.ui" line="7"/>
        <source>Handed over</source>
        <translation>Передається</translation>
    </message>
    <message>
        <location filename="../../ui/referral.ui" line="7"/>
        <source>Answer from the agency (via HQ)</source>
        <translation>Відповідь органу (через центр)</translation>
    </message>
    <message>
        <location filename="../../ui/referral.ui" line="7"/>
        <source>What keeps the record from being submitted</source>
        <translation>Що заважає подати запис</translation>
    </message>
    <message>
        <location filename="../../ui/referral.ui" line="7"/>
        <source>&amp;Save</source>
        <translation>Збере&amp;гти</translation>
    </message>
    <message>
        <location filename="../../ui/referral.ui" line="7"/>
        <source>Su&amp;bmit for approval</source>
        <translation>Подат&amp;и на затвердження</translation>
    </message>
    <message>
        <location filename="../../ui/referral.ui" line="7"/>
        <source>&amp;Approve</source>
        <translation>Затверди&amp;ти</translation>
    </message>
    <message>
        <location filename="../../ui/referral.ui" line="7"/>
        <source>Re&amp;fuse…</source>
        <translation>В&amp;ідмовити…</translation>
    </message>
    <message>
        <location filename="../../ui/referral.ui" line="7"/>
        <source>&amp;Print letter…</source>
        <translation>Др&amp;укувати лист…</translation>
    </message>
    <message>
        <location filename="../../ui/referral.ui" line="7"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрити</translation>
    </message>
    <message>
        <location filename="../../ui/referral.ui" line="7"/>
        <source>A&amp;gency:</source>
        <translation>&amp;Орган:</translation>
    </message>
    <message>
        <location filename="../../ui/referral.ui" line="7"/>
        <source>Restrictions (H&amp;3):</source>
        <translation>О&amp;бмеження (H3):</translation>
    </message>
    <message>
        <location filename="../../ui/referral.ui" line="7"/>
        <source>E&amp;valuation (source / information):</source>
        <translation>Оцінка (джерело / ін&amp;формація):</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/referral_dialog.py" line="88"/>
        <source>%1 %2 (%3 EUR)</source>
        <translation>%1 %2 (%3 EUR)</translation>
    </message>
</context>
<context>
    <name>RemarksDialog</name>
    <message>
        <location filename="../../ui/review_remarks.ui" line="6"/>
        <source>Mark the shift reviewed</source>
        <translation>Позначити зміну перевіреною</translation>
    </message>
    <message>
        <location filename="../../ui/review_remarks.ui" line="21"/>
        <source>The shift&apos;s journal is verified, and the review is signed with this workstation&apos;s key. A shift is reviewed once.</source>
        <translation>Журнал зміни перевіряється, а перевірка підписується ключем цієї робочої станції. Зміну перевіряють один раз.</translation>
    </message>
    <message>
        <location filename="../../ui/review_remarks.ui" line="28"/>
        <source>&amp;Remarks:</source>
        <translation>&amp;Зауваження:</translation>
    </message>
    <message>
        <location filename="../../ui/review_remarks.ui" line="38"/>
        <source>Your remarks on the shift log</source>
        <translation>Ваші зауваження щодо журналу зміни</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/dialogs.py" line="91"/>
        <source>&amp;Mark reviewed and sign</source>
        <translation>&amp;Позначити перевіреною й підписати</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="31"/>
        <source>Shift report</source>
        <translation>Звіт про зміну</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="32"/>
        <source>Post</source>
        <translation>Пункт пропуску</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="33"/>
        <source>Workstation</source>
        <translation>Робоча станція</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="34"/>
        <source>Shift</source>
        <translation>Зміна</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="35"/>
        <source>Opened</source>
        <translation>Відкрито</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="36"/>
        <source>Closed (handed over by {by})</source>
        <translation>Закрито (зміну здав {by})</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="37"/>
        <source>Handover acknowledged</source>
        <translation>Прийняття зміни підтверджено</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="38"/>
        <source>not acknowledged yet</source>
        <translation>прийняття ще не підтверджено</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="39"/>
        <source>Reviewed</source>
        <translation>Перевірено</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="40"/>
        <source>not reviewed yet</source>
        <translation>ще не перевірено</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="41"/>
        <source>Review remarks</source>
        <translation>Зауваження перевірки</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="42"/>
        <source>Supervisor responsible</source>
        <translation>Відповідальний керівник зміни</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="43"/>
        <source>Lanes</source>
        <translation>Смуги руху</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="44"/>
        <source>Officers on duty</source>
        <translation>Посадові особи на чергуванні</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="45"/>
        <source>Officer</source>
        <translation>Посадова особа</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="46"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="47"/>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="48"/>
        <source>Views of personal records</source>
        <translation>Перегляди персональних записів</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="49"/>
        <source>Counts</source>
        <translation>Підсумки</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="50"/>
        <source>Charts</source>
        <translation>Діаграми</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="51"/>
        <source>Notable events</source>
        <translation>Важливі події</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="52"/>
        <source>None.</source>
        <translation>Немає.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="53"/>
        <source>Open items handed over</source>
        <translation>Незавершені справи, передані зміні</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="54"/>
        <source>Handover note</source>
        <translation>Примітка при передачі зміни</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="55"/>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="56"/>
        <source>Journal head at closing: entry {seq}, hash {hash}</source>
        <translation>Голова журналу на момент закриття: запис {seq}, геш {hash}</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="59"/>
        <source>Journal verified {at}: intact ({entries} entries).</source>
        <translation>Журнал перевірено {at}: цілісний ({entries} записів).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="62"/>
        <source>Journal entries {first} to {last} of the shift verified {at}: intact, anchored at the signed checkpoint at entry {anchor}.</source>
        <translation>Записи журналу зміни з {first} по {last} перевірено {at}: цілісні, прив&apos;язані до підписаної контрольної точки {anchor}.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="67"/>
        <source>Journal entries {first} to {last} of the shift verified {at}: intact (no signed checkpoint since yet).</source>
        <translation>Записи журналу зміни з {first} по {last} перевірено {at}: цілісні (підписаної контрольної точки ще немає).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="71"/>
        <source>Journal verified {at}: BROKEN from entry {seq}.</source>
        <translation>Журнал перевірено {at}: ПОШКОДЖЕНО, починаючи із запису {seq}.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="74"/>
        <source>Records not yet acknowledged by HQ: {n}</source>
        <translation>Записів, ще не підтверджених центром: {n}</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="75"/>
        <source>Signature</source>
        <translation>Підпис</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="76"/>
        <source>Signed by workstation {device} with its Ed25519 key over the content of this report and the journal head. Verify with `checkpoint report verify FILE` or at HQ with `checkpoint-hq report verify FILE`.</source>
        <translation>Підписано робочою станцією {device} її ключем Ed25519 над змістом цього звіту та головою журналу. Перевірка: `checkpoint report verify FILE` або в центрі: `checkpoint-hq report verify FILE`.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="82"/>
        <source>Verification code</source>
        <translation>Код перевірки</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="83"/>
        <source>Made {at} by {by}</source>
        <translation>Складено {at}, {by}</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="84"/>
        <source>Page {n}</source>
        <translation>Сторінка {n}</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="85"/>
        <source>Inspections per hour (shift)</source>
        <translation>Огляди за годинами (зміна)</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="86"/>
        <source>Inspections per day (last 30 days)</source>
        <translation>Огляди за днями (останні 30 днів)</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="87"/>
        <source>Inspections by hour of day (last 30 days)</source>
        <translation>Огляди за годиною доби (останні 30 днів)</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="88"/>
        <source>Outcomes</source>
        <translation>Результати</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="89"/>
        <source>Findings by risk area</source>
        <translation>Виявлення за сферами ризику</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="90"/>
        <source>Hits by list</source>
        <translation>Збіги за списками</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="91"/>
        <source>Hits by triage</source>
        <translation>Збіги за оцінкою</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="92"/>
        <source>this shift</source>
        <translation>ця зміна</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="93"/>
        <source>last 30 days</source>
        <translation>останні 30 днів</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="94"/>
        <source>Inspections</source>
        <translation>Огляди</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="95"/>
        <source>Records made outside a shift</source>
        <translation>Записи, зроблені поза зміною</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="96"/>
        <source>Amendments</source>
        <translation>Виправлення</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="97"/>
        <source>Check-digit overrides</source>
        <translation>Прийняті помилки контрольних цифр</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="98"/>
        <source>Unfinished drafts</source>
        <translation>Незавершені чернетки</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="99"/>
        <source>Logins</source>
        <translation>Входи</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="100"/>
        <source>Failed logins</source>
        <translation>Невдалі входи</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="101"/>
        <source>Views of records</source>
        <translation>Перегляди записів</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="102"/>
        <source>Exports</source>
        <translation>Експорти</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="103"/>
        <source>Prints</source>
        <translation>Друк</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="104"/>
        <source>Syncs</source>
        <translation>Синхронізації</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="105"/>
        <source>Account changes</source>
        <translation>Зміни облікових записів</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="106"/>
        <source>The journal is broken from entry {seq}</source>
        <translation>Журнал пошкоджено, починаючи із запису {seq}</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="107"/>
        <source>Amendment after finalize by {actor}: {reason}</source>
        <translation>Виправлення після завершення ({actor}): {reason}</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="110"/>
        <source>Check-digit override by {actor}: {override_reason}</source>
        <translation>Прийнято помилку контрольної цифри ({actor}): {override_reason}</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="113"/>
        <source>{actor} viewed {count} personal records</source>
        <translation>{actor} переглянув(ла) {count} персональних записів</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="114"/>
        <source>{count} failed login(s) for {actor}</source>
        <translation>Невдалих входів: {count} ({actor})</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="115"/>
        <source>Overdue referral ({actor})</source>
        <translation>Прострочене направлення ({actor})</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="116"/>
        <source>Hit not triaged ({actor})</source>
        <translation>Збіг без оцінки ({actor})</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="117"/>
        <source>{authority} has not confirmed a hit by its deadline ({actor})</source>
        <translation>{authority} не відповів щодо збігу у встановлений строк ({actor})</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="119"/>
        <source>{count} record(s) not yet acknowledged by HQ</source>
        <translation>Записів, ще не підтверджених центром: {count}</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="122"/>
        <source>{count} record(s) by {actor} made outside a shift</source>
        <translation>Записів поза зміною: {count} ({actor})</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="125"/>
        <source>Unfinished draft by {actor}</source>
        <translation>Незавершена чернетка ({actor})</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="126"/>
        <source>released</source>
        <translation>пропущено</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="127"/>
        <source>secondary inspection</source>
        <translation>поглиблений огляд</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="128"/>
        <source>refused entry</source>
        <translation>відмовлено у в&apos;їзді</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="129"/>
        <source>detained</source>
        <translation>затримано</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="130"/>
        <source>referred</source>
        <translation>передано</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="131"/>
        <source>no outcome</source>
        <translation>без результату</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="132"/>
        <source>drugs</source>
        <translation>наркотики</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="133"/>
        <source>tobacco, alcohol, fuel</source>
        <translation>тютюн, алкоголь, пальне</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="134"/>
        <source>IPR, health and safety</source>
        <translation>ІВ, здоров&apos;я і безпека</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="135"/>
        <source>weapons, strategic goods</source>
        <translation>зброя, стратегічні товари</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="136"/>
        <source>environment, CITES, waste</source>
        <translation>довкілля, CITES, відходи</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="137"/>
        <source>cultural heritage</source>
        <translation>культурні цінності</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="138"/>
        <source>currency</source>
        <translation>валюта</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="139"/>
        <source>open</source>
        <translation>відкрита</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="140"/>
        <source>closed</source>
        <translation>закрита</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="141"/>
        <source>reviewed</source>
        <translation>перевірена</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="142"/>
        <location filename="../../checkpoint/gui/review/report_text.py" line="171"/>
        <source>draft</source>
        <translation>чернетка</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="143"/>
        <source>finalized</source>
        <translation>завершено</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="144"/>
        <location filename="../../checkpoint/gui/review/report_text.py" line="148"/>
        <source>approved</source>
        <translation>затверджено</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="145"/>
        <source>being written</source>
        <translation>складається</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="146"/>
        <source>awaiting approval</source>
        <translation>очікує затвердження</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="147"/>
        <source>returned to its author</source>
        <translation>повернуто автору</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="149"/>
        <source>inspection</source>
        <translation>огляд</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="150"/>
        <location filename="../../checkpoint/gui/review/report_text.py" line="187"/>
        <source>shift</source>
        <translation>зміна</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="151"/>
        <source>offence case</source>
        <translation>справа про правопорушення</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="152"/>
        <source>referral</source>
        <translation>направлення</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="153"/>
        <source>shift report</source>
        <translation>звіт про зміну</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="154"/>
        <source>watchlist hit</source>
        <translation>збіг зі списком спостереження</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="156"/>
        <location filename="../../checkpoint/gui/review/report_text.py" line="160"/>
        <source>false positive</source>
        <translation>хибний збіг</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="157"/>
        <location filename="../../checkpoint/gui/review/report_text.py" line="161"/>
        <source>possible match</source>
        <translation>можливий збіг</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="158"/>
        <location filename="../../checkpoint/gui/review/report_text.py" line="162"/>
        <source>confirmed</source>
        <translation>підтверджено</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="163"/>
        <source>discreet check</source>
        <translation>прихована перевірка</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="164"/>
        <source>identifier match</source>
        <translation>збіг за ідентифікатором</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="165"/>
        <source>name match</source>
        <translation>збіг за ім&apos;ям</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="166"/>
        <source>operation acknowledgement</source>
        <translation>підтвердження операції</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="167"/>
        <source>operation link</source>
        <translation>прив&apos;язка до операції</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="168"/>
        <source>operation report</source>
        <translation>звіт про операцію</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="169"/>
        <source>amendment</source>
        <translation>виправлення</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="170"/>
        <source>check-digit override</source>
        <translation>прийнята помилка контрольної цифри</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="172"/>
        <source>overdue</source>
        <translation>прострочено</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="155"/>
        <location filename="../../checkpoint/gui/review/report_text.py" line="159"/>
        <location filename="../../checkpoint/gui/review/report_text.py" line="173"/>
        <source>not triaged</source>
        <translation>без оцінки</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="174"/>
        <source>provisional</source>
        <translation>попередній</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="175"/>
        <source>owner&apos;s answer overdue</source>
        <translation>відповідь власника прострочено</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="176"/>
        <source>confirmed by the owner</source>
        <translation>підтверджено власником</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="177"/>
        <source>not confirmed by the owner</source>
        <translation>не підтверджено власником</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="178"/>
        <source>outside a shift</source>
        <translation>поза зміною</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="179"/>
        <source>login</source>
        <translation>вхід</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="180"/>
        <source>failed login</source>
        <translation>невдалий вхід</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="181"/>
        <source>view</source>
        <translation>перегляд</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="182"/>
        <source>export</source>
        <translation>експорт</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="183"/>
        <source>print</source>
        <translation>друк</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="184"/>
        <source>sync</source>
        <translation>синхронізація</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="185"/>
        <source>account</source>
        <translation>обліковий запис</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="186"/>
        <source>record</source>
        <translation>запис</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="188"/>
        <source>operation</source>
        <translation>операція</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="189"/>
        <source>store</source>
        <translation>сховище</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="190"/>
        <source>audit</source>
        <translation>аудит</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="191"/>
        <source>other</source>
        <translation>інше</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="192"/>
        <source>supervisor</source>
        <translation>керівник зміни</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="193"/>
        <source>officer</source>
        <translation>посадова особа</translation>
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
        <location filename="../../checkpoint/gui/accounts/dialogs.py" line="87"/>
        <source>Enable %1 again with a temporary password; they choose their own at their next login.</source>
        <translation>Увімкнути %1 знову з тимчасовим паролем; оператор обере власний під час наступного входу.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/accounts/dialogs.py" line="89"/>
        <source>Give %1 a temporary password (and a new role if needed); they choose their own at their next login.</source>
        <translation>Дати %1 тимчасовий пароль (і нову роль, якщо потрібно); оператор обере власний під час наступного входу.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/accounts/dialogs.py" line="93"/>
        <source>Enable an account</source>
        <translation>Увімкнення облікового запису</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="73"/>
        <source>Shift review</source>
        <translation>Перевірка зміни</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="80"/>
        <source>Loading the shift…</source>
        <translation>Завантаження зміни…</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="92"/>
        <source>Officer:</source>
        <translation>Посадова особа:</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="93"/>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="93"/>
        <source>From:</source>
        <translation>З:</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="94"/>
        <source>To:</source>
        <translation>По:</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="100"/>
        <location filename="../../checkpoint/gui/review/window.py" line="104"/>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="100"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="100"/>
        <source>Officer</source>
        <translation>Посадова особа</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="101"/>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="101"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="102"/>
        <source>Person / vehicle</source>
        <translation>Особа / транспорт</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="102"/>
        <source>Flags</source>
        <translation>Позначки</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="103"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="104"/>
        <source>Entry</source>
        <translation>Запис</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="104"/>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="105"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="105"/>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="106"/>
        <source>Subject</source>
        <translation>Об’єкт</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="126"/>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="127"/>
        <source>Audit trail</source>
        <translation>Журнал дій</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="128"/>
        <source>Charts</source>
        <translation>Діаграми</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="133"/>
        <source>Needs your attention:</source>
        <translation>Потребує вашої уваги:</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="144"/>
        <source>Mark reviewed…</source>
        <translation>Позначити перевіреною…</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="145"/>
        <source>Shift report (PDF)…</source>
        <translation>Звіт про зміну (PDF)…</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="146"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="190"/>
        <source>open</source>
        <translation>відкрита</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="191"/>
        <source>Shift at %1: %2 – %3, supervisor %4 (%5)</source>
        <translation>Зміна на %1: %2 – %3, керівник зміни %4 (%5)</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="212"/>
        <source>acknowledged by %1 at %2</source>
        <translation>прийняття підтвердив(ла) %1 о %2</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="214"/>
        <source>not acknowledged yet</source>
        <translation>прийняття ще не підтверджено</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="215"/>
        <source>Handed over by %1 at %2, %3. Note: %4</source>
        <translation>Зміну здав(ла) %1 о %2, %3. Примітка: %4</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="219"/>
        <source>Open items: %1</source>
        <translation>Незавершені справи: %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="222"/>
        <source>Reviewed by %1 at %2: %3</source>
        <translation>Перевірив(ла) %1 о %2: %3</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="241"/>
        <source>Counting records for the charts: %1…</source>
        <translation>Підрахунок записів для діаграм: %1…</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="291"/>
        <source>All</source>
        <translation>Усі</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="298"/>
        <source>audit: %1</source>
        <translation>аудит: %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="336"/>
        <source>Nothing stands out.</source>
        <translation>Нічого особливого.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="383"/>
        <source>Verifying the journal and signing…</source>
        <translation>Перевірка журналу й підписання…</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="390"/>
        <source>Save the shift report</source>
        <translation>Зберегти звіт про зміну</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="391"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="408"/>
        <location filename="../../checkpoint/gui/review/window.py" line="417"/>
        <source>Shift report</source>
        <translation>Звіт про зміну</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="409"/>
        <source>The signed shift report is saved in %1.

Verification code: %2

It is also kept as a record and goes to HQ with the next sync.</source>
        <translation>Підписаний звіт про зміну збережено у %1.

Код перевірки: %2

Він також зберігається як запис і надійде до центру з наступною синхронізацією.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="422"/>
        <source>Making the signed report…</source>
        <translation>Складання підписаного звіту…</translation>
    </message>
</context>
<context>
    <name>ScanRouter</name>
    <message>
        <location filename="../../checkpoint/gui/scan_routing.py" line="52"/>
        <source>Reading a document: line %1 of %2…</source>
        <translation>Зчитування документа: рядок %1 з %2…</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/scan_routing.py" line="68"/>
        <source>The document could not be read: %1 Scan it again.</source>
        <translation>Документ не зчитано: %1 Скануйте ще раз.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/scan_routing.py" line="74"/>
        <source>Document %1 read into person %2.</source>
        <translation>Документ %1 внесено до особи %2.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/scan_routing.py" line="88"/>
        <source>Document %1 read: its inspections are listed.</source>
        <translation>Документ %1 зчитано: показано його огляди.</translation>
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
        <translation>&amp;Код пункту пропуску:</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="50"/>
        <source>e.g. UA-KYIV-BORYSPIL</source>
        <translation>напр. UA-KYIV-BORYSPIL</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="57"/>
        <source>Default &amp;lane:</source>
        <translation>&amp;Смуга за замовчуванням:</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="70"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Мова:</translation>
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
        <translation>Мова зміниться після наступного запуску програми.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/dialogs.py" line="162"/>
        <source>The system&apos;s (%1)</source>
        <translation>Як у системі (%1)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../checkpoint/gui/setup/pages.py" line="284"/>
        <source>Give the lane a new inspection starts with, e.g. 1.</source>
        <translation>Вкажіть смугу, з якою починається нова перевірка, напр. 1.</translation>
    </message>
</context>
<context>
    <name>SetupDonePage</name>
    <message>
        <location filename="../../ui/setup_done.ui" line="6"/>
        <source>The workstation is set up</source>
        <translation>Робоче місце налаштовано</translation>
    </message>
    <message>
        <location filename="../../ui/setup_done.ui" line="9"/>
        <source>Log in as the supervisor to add the other operators.</source>
        <translation>Увійдіть як керівник зміни, щоб додати інших операторів.</translation>
    </message>
</context>
<context>
    <name>SetupHqPage</name>
    <message>
        <location filename="../../ui/setup_hq.ui" line="6"/>
        <source>Enrollment with HQ</source>
        <translation>Реєстрація у штабі</translation>
    </message>
    <message>
        <location filename="../../ui/setup_hq.ui" line="9"/>
        <source>Enrolled, the workstation sends its records to HQ and receives accounts, watchlists and reference data.</source>
        <translation>Зареєстроване робоче місце надсилає свої записи до штабу й отримує облікові записи, списки спостереження та довідкові дані.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_hq.ui" line="15"/>
        <source>Enroll with HQ &amp;now</source>
        <translation>Зареєструвати у штабі &amp;зараз</translation>
    </message>
    <message>
        <location filename="../../ui/setup_hq.ui" line="25"/>
        <source>Enroll &amp;later (a supervisor does it in Sync ▸ Enroll with HQ…)</source>
        <translation>Зареєструвати &amp;пізніше (це робить керівник зміни: Синхронізація ▸ Реєстрація у штабі…)</translation>
    </message>
    <message>
        <location filename="../../ui/setup_hq.ui" line="34"/>
        <source>HQ &amp;address:</source>
        <translation>&amp;Адреса штабу:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_hq.ui" line="44"/>
        <source>https://hq.example:8443</source>
        <translation>https://hq.example:8443</translation>
    </message>
    <message>
        <location filename="../../ui/setup_hq.ui" line="51"/>
        <source>One-time &amp;code:</source>
        <translation>Одноразовий &amp;код:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_hq.ui" line="61"/>
        <source>the code HQ issued for this post</source>
        <translation>код, який штаб видав для цього пункту</translation>
    </message>
    <message>
        <location filename="../../ui/setup_hq.ui" line="68"/>
        <source>HQ&apos;s &amp;CA file:</source>
        <translation>Файл &amp;ЦС штабу:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_hq.ui" line="80"/>
        <source>ca.pem</source>
        <translation>ca.pem</translation>
    </message>
    <message>
        <location filename="../../ui/setup_hq.ui" line="87"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Огляд…</translation>
    </message>
    <message>
        <location filename="../../ui/setup_hq.ui" line="98"/>
        <source>The CA certificate is pinned: from now on this workstation trusts only servers it vouches for. The code is checked by HQ when you press Set up at the end.</source>
        <translation>Сертифікат ЦС закріплюється: відтепер це робоче місце довіряє лише серверам, за які він ручається. Код перевіряє штаб, коли наприкінці ви натиснете «Налаштувати».</translation>
    </message>
</context>
<context>
    <name>SetupPostPage</name>
    <message>
        <location filename="../../ui/setup_post.ui" line="6"/>
        <source>Welcome: this workstation and its post</source>
        <translation>Ласкаво просимо: це робоче місце та його пункт</translation>
    </message>
    <message>
        <location filename="../../ui/setup_post.ui" line="9"/>
        <source>A new workstation is set up in a few steps. Nothing is written until the last one.</source>
        <translation>Нове робоче місце налаштовується за кілька кроків. До останнього кроку нічого не записується.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_post.ui" line="15"/>
        <source>Choose the language of the program, and say which post this workstation serves and how it is known there.</source>
        <translation>Виберіть мову програми та вкажіть, який пункт обслуговує це робоче місце і як його там називають.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_post.ui" line="27"/>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_post.ui" line="40"/>
        <source>&amp;Post code:</source>
        <translation>&amp;Код пункту:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_post.ui" line="50"/>
        <source>e.g. UA-PL-01</source>
        <translation>напр. UA-PL-01</translation>
    </message>
    <message>
        <location filename="../../ui/setup_post.ui" line="60"/>
        <source>&amp;Workstation label:</source>
        <translation>&amp;Назва робочого місця:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_post.ui" line="70"/>
        <source>e.g. Lane 3, entry booth</source>
        <translation>напр. смуга 3, кабіна в&apos;їзду</translation>
    </message>
    <message>
        <location filename="../../ui/setup_post.ui" line="80"/>
        <source>Folder:</source>
        <translation>Тека:</translation>
    </message>
</context>
<context>
    <name>SetupRecoveryPage</name>
    <message>
        <location filename="../../ui/setup_recovery.ui" line="6"/>
        <source>HQ&apos;s recovery key</source>
        <translation>Ключ відновлення штабу</translation>
    </message>
    <message>
        <location filename="../../ui/setup_recovery.ui" line="9"/>
        <source>If every password of this workstation is lost, HQ can still open its records with this key.</source>
        <translation>Якщо всі паролі цього робочого місця буде втрачено, штаб усе одно зможе відкрити його записи цим ключем.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_recovery.ui" line="15"/>
        <source>Choose the recovery public key file HQ gave for this post (recovery-public.pem: an X25519 public key). HQ keeps the private half; nothing secret is in this file.</source>
        <translation>Виберіть файл відкритого ключа відновлення, який штаб дав для цього пункту (recovery-public.pem: відкритий ключ X25519). Закриту половину зберігає штаб; у цьому файлі немає нічого секретного.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_recovery.ui" line="27"/>
        <source>Recovery &amp;key file:</source>
        <translation>Файл &amp;ключа відновлення:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_recovery.ui" line="39"/>
        <source>recovery-public.pem</source>
        <translation>recovery-public.pem</translation>
    </message>
    <message>
        <location filename="../../ui/setup_recovery.ui" line="46"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Огляд…</translation>
    </message>
    <message>
        <location filename="../../ui/setup_recovery.ui" line="55"/>
        <source>Fingerprint:</source>
        <translation>Відбиток:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_recovery.ui" line="77"/>
        <source>Set up &amp;without a recovery key (if every password is lost, the records are lost)</source>
        <translation>Налаштувати &amp;без ключа відновлення (якщо всі паролі буде втрачено, записи буде втрачено)</translation>
    </message>
</context>
<context>
    <name>SetupSettingsPage</name>
    <message>
        <location filename="../../ui/setup_settings.ui" line="6"/>
        <source>Auto-lock and work settings</source>
        <translation>Автоблокування та робочі налаштування</translation>
    </message>
    <message>
        <location filename="../../ui/setup_settings.ui" line="9"/>
        <source>Supervisors can change these later in File ▸ Settings.</source>
        <translation>Керівник зміни може змінити їх пізніше: Файл ▸ Налаштування.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_settings.ui" line="17"/>
        <source>&amp;Lock after:</source>
        <translation>&amp;Блокувати через:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_settings.ui" line="27"/>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <location filename="../../ui/setup_settings.ui" line="40"/>
        <source>Default &amp;lane:</source>
        <translation>&amp;Смуга за замовчуванням:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_settings.ui" line="59"/>
        <source>Without a key press or a mouse movement for this long, the workstation locks itself: the draft is saved and a password is needed again.</source>
        <translation>Якщо стільки часу не натискати клавіш і не рухати мишею, робоче місце блокується: чернетку збережено, і знову потрібен пароль.</translation>
    </message>
</context>
<context>
    <name>SetupSummaryPage</name>
    <message>
        <location filename="../../ui/setup_summary.ui" line="6"/>
        <source>Ready to set up</source>
        <translation>Усе готово до налаштування</translation>
    </message>
    <message>
        <location filename="../../ui/setup_summary.ui" line="9"/>
        <source>Check what will be done, then press Set up. Back changes any step.</source>
        <translation>Перевірте, що буде зроблено, і натисніть «Налаштувати». «Назад» дає змінити будь-який крок.</translation>
    </message>
</context>
<context>
    <name>SetupSupervisorPage</name>
    <message>
        <location filename="../../ui/setup_supervisor.ui" line="6"/>
        <source>The first supervisor</source>
        <translation>Перший керівник зміни</translation>
    </message>
    <message>
        <location filename="../../ui/setup_supervisor.ui" line="9"/>
        <source>The supervisor adds the other operators, approves seizures and reviews the shift log.</source>
        <translation>Керівник зміни додає інших операторів, затверджує вилучення та переглядає журнал зміни.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_supervisor.ui" line="17"/>
        <source>&amp;User name:</source>
        <translation>&amp;Ім&apos;я користувача:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_supervisor.ui" line="27"/>
        <source>e.g. chief</source>
        <translation>напр. chief</translation>
    </message>
    <message>
        <location filename="../../ui/setup_supervisor.ui" line="37"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_supervisor.ui" line="47"/>
        <source>at least 12 characters</source>
        <translation>щонайменше 12 символів</translation>
    </message>
    <message>
        <location filename="../../ui/setup_supervisor.ui" line="57"/>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Повторіть пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/setup_supervisor.ui" line="76"/>
        <source>A user name has 2 to 64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;@&apos;. A password has at least 12 characters, at least 4 of them different, and is not the user name. The password unlocks the encrypted records: it cannot be read back, only reset by another supervisor.</source>
        <translation>Ім&apos;я користувача має від 2 до 64 літер, цифр, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; або &apos;@&apos;. Пароль має щонайменше 12 символів, з них щонайменше 4 різні, і не збігається з ім&apos;ям користувача. Пароль відмикає зашифровані записи: його неможливо прочитати назад, лише скинути іншим керівником зміни.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../checkpoint/gui/setup/wizard.py" line="90"/>
        <source>Set up this workstation</source>
        <translation>Налаштування робочого місця</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/wizard.py" line="92"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/wizard.py" line="93"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далі &gt;</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/wizard.py" line="94"/>
        <source>&amp;Set up</source>
        <translation>&amp;Налаштувати</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/wizard.py" line="95"/>
        <source>&amp;Log in</source>
        <translation>&amp;Увійти</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/wizard.py" line="96"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/wizard.py" line="120"/>
        <source>Folder: %1</source>
        <translation>Тека: %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/wizard.py" line="121"/>
        <source>Post: %1</source>
        <translation>Пункт: %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/wizard.py" line="122"/>
        <source>Workstation label: %1</source>
        <translation>Назва робочого місця: %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/wizard.py" line="123"/>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/wizard.py" line="124"/>
        <source>First supervisor: %1</source>
        <translation>Перший керівник зміни: %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/wizard.py" line="125"/>
        <source>HQ&apos;s recovery key: %1</source>
        <translation>Ключ відновлення штабу: %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/wizard.py" line="126"/>
        <source>HQ&apos;s recovery key: none (if every password is lost, the records are lost)</source>
        <translation>Ключ відновлення штабу: немає (якщо всі паролі буде втрачено, записи буде втрачено)</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/wizard.py" line="128"/>
        <source>Enrollment: now, with HQ at %1</source>
        <translation>Реєстрація: зараз, у штабі за адресою %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/wizard.py" line="129"/>
        <source>Enrollment: later (Sync ▸ Enroll with HQ…)</source>
        <translation>Реєстрація: пізніше (Синхронізація ▸ Реєстрація у штабі…)</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/wizard.py" line="130"/>
        <source>Lock after %1 minute(s) without input; default lane %2</source>
        <translation>Блокування через %1 хв бездіяльності; смуга за замовчуванням %2</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/wizard.py" line="133"/>
        <source>Language: %1</source>
        <translation>Мова: %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/wizard.py" line="136"/>
        <source>The workstation is set up already; Set up now only enrolls it.</source>
        <translation>Робоче місце вже налаштовано; «Налаштувати» тепер лише реєструє його.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/wizard.py" line="142"/>
        <source>the system&apos;s (%1)</source>
        <translation>як у системі (%1)</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/wizard.py" line="169"/>
        <source>The workstation is set up. Press Back to correct the enrollment or to choose to enroll later.</source>
        <translation>Робоче місце налаштовано. Натисніть «Назад», щоб виправити дані реєстрації або вибрати реєстрацію пізніше.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/wizard.py" line="176"/>
        <location filename="../../checkpoint/gui/setup/wizard.py" line="178"/>
        <source>Setting up…</source>
        <translation>Налаштування…</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/wizard.py" line="205"/>
        <source>Workstation %1 is set up in %2.</source>
        <translation>Робоче місце %1 налаштовано в %2.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/wizard.py" line="210"/>
        <source>Enrolled with HQ %1 as a workstation of post %2. HQ&apos;s key fingerprint is %3: HQ can confirm it.</source>
        <translation>Зареєстровано у штабі %1 як робоче місце пункту %2. Відбиток ключа штабу: %3 — штаб може його підтвердити.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/wizard.py" line="214"/>
        <source>Not enrolled with HQ yet: after logging in, a supervisor enrolls it (Sync ▸ Enroll with HQ…).</source>
        <translation>Ще не зареєстровано у штабі: після входу його реєструє керівник зміни (Синхронізація ▸ Реєстрація у штабі…).</translation>
    </message>
</context>
<context>
    <name>ShiftMenu</name>
    <message>
        <location filename="../../checkpoint/gui/review/menu.py" line="36"/>
        <location filename="../../checkpoint/gui/review/menu.py" line="99"/>
        <location filename="../../checkpoint/gui/review/menu.py" line="102"/>
        <source>Shift</source>
        <translation>Зміна</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/menu.py" line="40"/>
        <source>&amp;Open shift…</source>
        <translation>&amp;Відкрити зміну…</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/menu.py" line="41"/>
        <source>&amp;Close shift and hand over…</source>
        <translation>&amp;Закрити зміну й передати…</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/menu.py" line="42"/>
        <source>&amp;Acknowledge handover</source>
        <translation>&amp;Підтвердити прийняття зміни</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/menu.py" line="43"/>
        <source>&amp;Review shift…</source>
        <translation>П&amp;еревірити зміну…</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/menu.py" line="45"/>
        <source>Joint &amp;operation report…</source>
        <translation>Звіт про спільну &amp;операцію…</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/menu.py" line="46"/>
        <location filename="../../checkpoint/gui/review/menu.py" line="89"/>
        <source>Shift status</source>
        <translation>Стан зміни</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/menu.py" line="91"/>
        <source>No shift open: records are outside a shift</source>
        <translation>Зміну не відкрито: записи робляться поза зміною</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/menu.py" line="93"/>
        <source>Shift open since %1 (%2)</source>
        <translation>Зміна відкрита з %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/menu.py" line="145"/>
        <source>Shift of %1 at %2, closed by %3 at %4.</source>
        <translation>Зміна %1 на %2, закрив(ла) %3 о %4.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/menu.py" line="148"/>
        <source>Handover note:</source>
        <translation>Примітка при передачі:</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/menu.py" line="149"/>
        <source>Open items:</source>
        <translation>Незавершені справи:</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/menu.py" line="150"/>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/menu.py" line="151"/>
        <source>Acknowledge the handover</source>
        <translation>Підтвердження прийняття зміни</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/menu.py" line="154"/>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Підтвердити</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/menu.py" line="188"/>
        <source>Joint operation report</source>
        <translation>Звіт про спільну операцію</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/menu.py" line="189"/>
        <source>The operation report is made: %1 linked inspection(s). It goes to HQ with the next sync.</source>
        <translation>Звіт про операцію складено: прив&apos;язаних оглядів — %1. Він надійде до центру з наступною синхронізацією.</translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <location filename="../../checkpoint/gui/setup/pages.py" line="156"/>
        <source>Give the supervisor&apos;s user name.</source>
        <translation>Вкажіть ім&apos;я користувача керівника зміни.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/pages.py" line="164"/>
        <source>The two passwords differ; type the password again.</source>
        <translation>Паролі не збігаються; введіть пароль ще раз.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="415"/>
        <source>HQ refused this workstation&apos;s request:</source>
        <translation>Штаб відхилив запит цього робочого місця:</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="359"/>
        <source>HQ has newer records of this workstation than it holds: the workstation was restored from an old backup (rollback). HQ has raised an alert.</source>
        <extracomment>HQ&apos;s machine codes (``hq_code`` of a refusal) → what they mean for the officer.</extracomment>
        <translation>У штабі є новіші записи цього робочого місця, ніж на ньому самому: робоче місце відновлено зі старої резервної копії (відкат). Штаб зафіксував тривогу.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="362"/>
        <source>This workstation&apos;s journal differs from the one HQ has (fork). HQ has raised an alert.</source>
        <translation>Журнал цього робочого місця відрізняється від журналу в штабі (розгалуження). Штаб зафіксував тривогу.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="365"/>
        <source>Records of this workstation are missing at HQ (gap).</source>
        <translation>У штабі бракує записів цього робочого місця (розрив).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="366"/>
        <source>HQ does not know this workstation (any more).</source>
        <translation>Штаб не знає (більше) цього робочого місця.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="367"/>
        <source>HQ did not accept this workstation&apos;s signature.</source>
        <translation>Штаб не прийняв підпис цього робочого місця.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="369"/>
        <source>HQ refused a request it had seen before (replay).</source>
        <translation>Штаб відхилив запит, який уже отримував (повтор).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="370"/>
        <source>HQ refused the request&apos;s time: this workstation&apos;s clock is far off.</source>
        <translation>Штаб відхилив час запиту: годинник цього робочого місця дуже неточний.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="372"/>
        <source>Too many attempts: HQ asks to wait.</source>
        <translation>Забагато спроб: штаб просить зачекати.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="373"/>
        <source>The request is larger than HQ accepts.</source>
        <translation>Запит більший, ніж приймає штаб.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="374"/>
        <source>HQ does not know this enrollment code.</source>
        <translation>Штаб не знає цього коду реєстрації.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="375"/>
        <source>This enrollment code has already been used.</source>
        <translation>Цей код реєстрації вже використано.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="376"/>
        <source>This enrollment code has expired.</source>
        <translation>Строк дії цього коду реєстрації минув.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="377"/>
        <source>This workstation is enrolled already.</source>
        <translation>Це робоче місце вже зареєстровано.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="388"/>
        <source>HQ refused the request (HTTP %1, %2).</source>
        <translation>Штаб відхилив запит (HTTP %1, %2).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="403"/>
        <source>The records wait here safely and the sync is retried by itself.</source>
        <translation>Записи безпечно чекають тут, синхронізація повториться сама.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="410"/>
        <source>A supervisor enrolls this workstation with a new one-time code from HQ (Sync ▸ Enroll with HQ…).</source>
        <translation>Керівник зміни реєструє це робоче місце з новим одноразовим кодом від штабу (Синхронізація ▸ Реєстрація у штабі…).</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="416"/>
        <source>The sync keeps retrying, but this needs HQ: call HQ&apos;s administrators.</source>
        <translation>Синхронізація повторюється, але тут потрібен штаб: зателефонуйте адміністраторам штабу.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="419"/>
        <source>HQ&apos;s answer could not be trusted, so nothing from it was used.</source>
        <translation>Відповіді штабу не можна довіряти, тому з неї нічого не використано.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="421"/>
        <source>The sync is retried; if this persists, call HQ&apos;s administrators.</source>
        <translation>Синхронізація повториться; якщо це не минає, зверніться до адміністраторів штабу.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="429"/>
        <source>HQ refused the code:</source>
        <translation>Штаб відхилив код:</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="430"/>
        <source>ask HQ for a new one-time code.</source>
        <translation>попросіть у штабу новий одноразовий код.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="433"/>
        <source>HQ cannot be reached at that address: check the address (https://host:port) and the network, then try again.</source>
        <translation>Штаб недоступний за цією адресою: перевірте адресу (https://хост:порт) і мережу, потім спробуйте знову.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="436"/>
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
        <location filename="../../checkpoint/gui/sync/menu.py" line="113"/>
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
        <translation>напр. UKR</translation>
    </message>
    <message>
        <location filename="../../ui/vehicle.ui" line="57"/>
        <source>VI&amp;N:</source>
        <translation>VI&amp;N:</translation>
    </message>
    <message>
        <location filename="../../ui/vehicle.ui" line="67"/>
        <source>17 characters</source>
        <translation>17 символів</translation>
    </message>
    <message>
        <location filename="../../ui/vehicle.ui" line="90"/>
        <source>&amp;Make and model:</source>
        <translation>&amp;Марка й модель:</translation>
    </message>
    <message>
        <location filename="../../ui/vehicle.ui" line="103"/>
        <source>&amp;Trailer plate:</source>
        <translation>Номер &amp;причепа:</translation>
    </message>
    <message>
        <location filename="../../ui/vehicle.ui" line="116"/>
        <source>T&amp;railer country:</source>
        <translation>Країна п&amp;ричепа:</translation>
    </message>
    <message>
        <location filename="../../ui/vehicle.ui" line="145"/>
        <source>&amp;IMO number:</source>
        <translation>Номер ІМ&amp;О:</translation>
    </message>
    <message>
        <location filename="../../ui/vehicle.ui" line="155"/>
        <source>ships</source>
        <translation>судна</translation>
    </message>
    <message>
        <location filename="../../ui/vehicle.ui" line="162"/>
        <source>&amp;Journey number:</source>
        <translation>Номер ре&amp;йсу:</translation>
    </message>
    <message>
        <location filename="../../ui/vehicle.ui" line="172"/>
        <source>voyage, train or flight</source>
        <translation>рейс, потяг чи політ</translation>
    </message>
</context>
<context>
    <name>Watchlists</name>
    <message>
        <location filename="../../checkpoint/gui/sync/watchlist_age.py" line="46"/>
        <source>unknown</source>
        <extracomment>The line is elided past this width, so the status bar never widens the window (the whole text is in the tooltip).</extracomment>
        <translation>невідомо</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/watchlist_age.py" line="49"/>
        <location filename="../../checkpoint/gui/sync/watchlist_age.py" line="55"/>
        <source>%1 h</source>
        <translation>%1 год</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/watchlist_age.py" line="50"/>
        <source>%1 d %2 h</source>
        <translation>%1 д %2 год</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/watchlist_age.py" line="61"/>
        <source>Watchlist %1 is %2 old (maximum %3)</source>
        <translation>Список %1 застарів: %2 (максимум %3)</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/watchlist_age.py" line="64"/>
        <source> and %1 more</source>
        <translation> і ще %1</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/watchlist_age.py" line="70"/>
        <source>Watchlist %1 (version %2) is %3 old; its maximum age is %4.</source>
        <translation>Список спостереження %1 (версія %2) не оновлювався %3; найбільший допустимий вік — %4.</translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/watchlist_age.py" line="74"/>
        <source>Screening still uses it, but it may miss what HQ listed since. Sync with HQ, or, with no link, have a supervisor import HQ&apos;s watchlist file.</source>
        <translation>Перевірка й далі його використовує, але може пропустити те, що штаб вніс до списків відтоді. Синхронізуйтеся зі штабом або, якщо зв’язку немає, попросіть керівника зміни імпортувати файл списків спостереження від штабу.</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <location filename="../../checkpoint/gui/accounts/dialogs.py" line="44"/>
        <source>The two passwords differ; type them again.</source>
        <translation>Паролі не збігаються; введіть їх ще раз.</translation>
    </message>
</context>
</TS>
