<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../checkpoint/gui/about_box.py" line="16"/>
        <source>Checkpoint %1: the workstation of the border and customs checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/about_box.py" line="18"/>
        <source>Workstation id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/about_box.py" line="19"/>
        <source>(shown after login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/about_box.py" line="20"/>
        <source>Records are kept encrypted on this workstation and sent to headquarters (Sync ▸ Sync now, F9, and in the background once the workstation is enrolled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/about_box.py" line="31"/>
        <source>About Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="255"/>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="256"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../ui/accounts.ui" line="6"/>
        <source>Operator accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts.ui" line="18"/>
        <source>The operators of this workstation. A disabled account cannot log in; its records stay attributed to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts.ui" line="40"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts.ui" line="45"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts.ui" line="50"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts.ui" line="55"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts.ui" line="65"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts.ui" line="72"/>
        <source>&amp;Reset password or role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts.ui" line="79"/>
        <location filename="../../checkpoint/gui/accounts/window.py" line="171"/>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts.ui" line="86"/>
        <source>&amp;Enable again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts.ui" line="93"/>
        <source>&amp;Clear login delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/accounts/window.py" line="74"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/accounts/window.py" line="76"/>
        <source>must choose a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/accounts/window.py" line="77"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkpoint/gui/accounts/window.py" line="82"/>
        <source>delayed %n s</source>
        <translation>
            <numerusform>delayed %n s</numerusform>
            <numerusform>delayed %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkpoint/gui/accounts/window.py" line="84"/>
        <source>%n failed attempt(s)</source>
        <translation>
            <numerusform>%n failed attempt</numerusform>
            <numerusform>%n failed attempts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/accounts/window.py" line="136"/>
        <source>%1 added; they choose their own password at their first login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/accounts/window.py" line="154"/>
        <source>%1 enabled again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/accounts/window.py" line="157"/>
        <source>%1 has a temporary password now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/accounts/window.py" line="167"/>
        <source>Disable an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/accounts/window.py" line="168"/>
        <source>Disable %1? They can no longer log in on this workstation; their records stay attributed to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/accounts/window.py" line="178"/>
        <source>%1 disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/accounts/window.py" line="191"/>
        <source>%1 may log in again at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsUi</name>
    <message>
        <location filename="../../checkpoint/gui/accounts/__init__.py" line="50"/>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/accounts/__init__.py" line="55"/>
        <source>That is not your current password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <location filename="../../ui/account_add.ui" line="6"/>
        <source>Add an operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_add.ui" line="18"/>
        <source>The operator logs in with the temporary password you give here and must then choose their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_add.ui" line="30"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_add.ui" line="43"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_add.ui" line="56"/>
        <source>&amp;Temporary password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_add.ui" line="73"/>
        <source>Re&amp;peat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/accounts/dialogs.py" line="65"/>
        <source>Give the operator&apos;s user name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../../ui/amend.ui" line="6"/>
        <source>Amend the inspection</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../checkpoint/gui/dialogs.py" line="30"/>
        <source>&amp;Amend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/dialogs.py" line="48"/>
        <source>Say why the record is corrected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../checkpoint/gui/app.py" line="175"/>
        <source>Failed login attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkpoint/gui/app.py" line="176"/>
        <source>%n failed login attempt(s) on your name since your last login. If they were not yours, tell your supervisor.</source>
        <translation>
            <numerusform>%n failed login attempt on your name since your last login. If it was not yours, tell your supervisor.</numerusform>
            <numerusform>%n failed login attempts on your name since your last login. If they were not yours, tell your supervisor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../ui/case.ui" line="5"/>
        <source>Offence case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>&amp;Legal basis (article):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>&amp;Risk area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>Circu&amp;mstances:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>&amp;Handling code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>Given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>Add p&amp;erson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>Remove person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>Seized &amp;items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>HS code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>Seals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>Held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>Add i&amp;tem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>Remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>Referrals of this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>What keeps the record from being submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>Su&amp;bmit for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>Re&amp;fuse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>Refer to an a&amp;gency…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>Restrictions (H&amp;3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>E&amp;valuation (source / information):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>Perso&amp;ns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>Print pr&amp;otocol…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case.ui" line="7"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <location filename="../../checkpoint/gui/cases/case_dialog.py" line="151"/>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/case_dialog.py" line="203"/>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="74"/>
        <source>Offence case</source>
        <extracomment>What a record is called as a whole in its problems (&quot;Offence case: place is missing.&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/case_dialog.py" line="221"/>
        <source>Refuse the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/case_dialog.py" line="222"/>
        <location filename="../../checkpoint/gui/cases/referral_dialog.py" line="162"/>
        <source>Why (the author reads this):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/referral_dialog.py" line="106"/>
        <source>their reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/referral_dialog.py" line="112"/>
        <source>OVERDUE: no answer by the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/referral_dialog.py" line="141"/>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="75"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/referral_dialog.py" line="161"/>
        <source>Refuse the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="29"/>
        <source>H0 — only to fight crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="30"/>
        <source>H1 — not in judicial proceedings without consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="32"/>
        <source>H2 — not to be passed on without consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="34"/>
        <source>H3 — other restrictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="35"/>
        <source>A — reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="36"/>
        <source>B — mostly reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="37"/>
        <source>C — not reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="38"/>
        <source>X — cannot be judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="40"/>
        <source>1 — known to be true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="41"/>
        <source>2 — known personally to the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="43"/>
        <source>3 — corroborated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="44"/>
        <source>4 — cannot be judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="45"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="46"/>
        <source>Waiting for a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="47"/>
        <source>Refused by the supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="48"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="49"/>
        <source>administrative violation of customs rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="51"/>
        <source>criminal smuggling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="52"/>
        <source>suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="53"/>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="54"/>
        <source>carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="55"/>
        <source>witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="57"/>
        <source>drugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="58"/>
        <source>tobacco, alcohol, fuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="59"/>
        <source>IPR, health and safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="60"/>
        <source>weapons, strategic goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="61"/>
        <source>environment, CITES, waste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="63"/>
        <source>cultural heritage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="64"/>
        <source>currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="65"/>
        <source>not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="66"/>
        <source>approved; goes to HQ at the next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="68"/>
        <source>sent (HQ has it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="69"/>
        <source>received by the agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="70"/>
        <source>accepted by the agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="71"/>
        <source>declined by the agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="72"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="148"/>
        <source>Save the protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/widgets.py" line="155"/>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CashAmountPart</name>
    <message>
        <location filename="../../ui/cash_amount.ui" line="11"/>
        <source>Amou&amp;nt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cash_amount.ui" line="24"/>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cash_amount.ui" line="34"/>
        <source>ISO 4217, e.g. USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cash_amount.ui" line="57"/>
        <source>&amp;EUR equivalent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/cash_part.py" line="51"/>
        <source>No rate published by HQ for this currency: type the EUR equivalent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/cash_part.py" line="57"/>
        <source>HQ rate of %1: 1 %2 = %3 EUR</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../ui/cash.ui" line="44"/>
        <source>Carr&amp;ier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cash.ui" line="31"/>
        <source>&amp;Declared:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/cash_part.py" line="88"/>
        <source>declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/cash_part.py" line="89"/>
        <source>not declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/cash_part.py" line="94"/>
        <source>Add a c&amp;urrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/cash_part.py" line="138"/>
        <source>Total: %1 EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/cash_part.py" line="142"/>
        <source>10,000 EUR or more: must be declared (Reg. (EU) 2018/1672); undeclared cash needs a finding with risk area currency.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/change_password.ui" line="6"/>
        <source>Choose a new password</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../checkpoint/gui/auth.py" line="166"/>
        <source>The two passwords differ; type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../checkpoint/gui/review/charts.py" line="149"/>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseShiftDialog</name>
    <message>
        <location filename="../../ui/close_shift.ui" line="6"/>
        <source>Close the shift and hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/close_shift.ui" line="21"/>
        <source>The relieving supervisor acknowledges the handover (Shift ▸ Acknowledge handover); both names and times are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/close_shift.ui" line="28"/>
        <source>Handover &amp;note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/close_shift.ui" line="38"/>
        <source>What the relieving supervisor must know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/close_shift.ui" line="48"/>
        <source>Open &amp;items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/close_shift.ui" line="58"/>
        <source>One open item a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/dialogs.py" line="72"/>
        <source>&amp;Close and hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/dialogs.py" line="77"/>
        <source>Write the handover note.</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../ui/consignment.ui" line="24"/>
        <source>Transport document num&amp;ber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/consignment.ui" line="70"/>
        <source>C&amp;onsignor:</source>
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
        <source>Consignee EOR&amp;I:</source>
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
    <name>Crossings</name>
    <message>
        <location filename="../../checkpoint/gui/inspection/crossings.py" line="44"/>
        <source>lane %1</source>
        <extracomment>crossings shown per document or plate (the newest; the count says how many more)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/crossings.py" line="55"/>
        <source>none on this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/crossings.py" line="60"/>
        <source>and %1 older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/crossings.py" line="119"/>
        <source>Previous crossings of document %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/crossings.py" line="121"/>
        <source>Previous crossings of plate %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <location filename="../../ui/drafts.ui" line="6"/>
        <source>Unfinished inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/drafts.ui" line="21"/>
        <source>These inspections were not finished (the program was closed, locked or stopped). Resume one, or keep them for later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/drafts.ui" line="33"/>
        <source>&amp;Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/drafts.ui" line="53"/>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/drafts.ui" line="60"/>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkpoint/gui/dialogs.py" line="70"/>
        <source>%n goods line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkpoint/gui/dialogs.py" line="71"/>
        <source>%n finding(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkpoint/gui/dialogs.py" line="72"/>
        <source>%n photo(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/dialogs.py" line="78"/>
        <source>(amendment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/dialogs.py" line="80"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/dialogs.py" line="81"/>
        <source>(started)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/dialogs.py" line="121"/>
        <source>Discard the draft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/dialogs.py" line="122"/>
        <source>Discard this unfinished inspection? What was typed in it is deleted and cannot be brought back.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/dialogs.py" line="126"/>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/dialogs.py" line="127"/>
        <source>&amp;Keep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../ui/enroll.ui" line="6"/>
        <source>Enroll with HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enroll.ui" line="21"/>
        <source>Register this workstation at headquarters. HQ gives you its address, a one-time code for this post and its CA certificate (ca.pem). The certificate is pinned: from now on this workstation trusts only servers it vouches for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enroll.ui" line="30"/>
        <source>HQ &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enroll.ui" line="40"/>
        <source>https://hq.example:8443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enroll.ui" line="47"/>
        <source>One-time &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enroll.ui" line="57"/>
        <source>XXXXX-XXXXX-XXXXX-XXXXX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enroll.ui" line="64"/>
        <source>HQ&apos;s C&amp;A certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enroll.ui" line="76"/>
        <source>the PEM file HQ gave you (ca.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enroll.ui" line="83"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enroll.ui" line="92"/>
        <source>&amp;Name at HQ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enroll.ui" line="102"/>
        <source>optional, e.g. lane 3 booth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/dialogs.py" line="54"/>
        <source>&amp;Enroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/dialogs.py" line="62"/>
        <source>HQ&apos;s CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/dialogs.py" line="63"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/dialogs.py" line="82"/>
        <source>Give HQ&apos;s address, e.g. https://hq.example:8443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/dialogs.py" line="83"/>
        <source>Give the one-time code HQ issued for this post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/dialogs.py" line="84"/>
        <source>Choose HQ&apos;s CA certificate (the PEM file HQ gave).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/dialogs.py" line="89"/>
        <location filename="../../checkpoint/gui/sync/dialogs.py" line="97"/>
        <source>Enrolling with HQ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/dialogs.py" line="103"/>
        <source>Enrolled with HQ %1 as a workstation of post %2. HQ&apos;s key fingerprint is %3: HQ can confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="17"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="18"/>
        <source>finalized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="19"/>
        <source>entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="20"/>
        <source>exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="21"/>
        <source>transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="22"/>
        <source>road</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="23"/>
        <source>rail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="24"/>
        <source>sea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="25"/>
        <source>inland waterway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="26"/>
        <source>air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="27"/>
        <source>pedestrian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="28"/>
        <source>post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="29"/>
        <source>documentary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="30"/>
        <source>physical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="31"/>
        <source>X-ray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="32"/>
        <source>canine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="33"/>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="34"/>
        <source>random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="35"/>
        <source>risk profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="36"/>
        <source>intelligence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="37"/>
        <source>watchlist hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="38"/>
        <source>suspicion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="39"/>
        <source>released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="40"/>
        <source>secondary inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="41"/>
        <source>refused entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="42"/>
        <source>detained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="43"/>
        <source>referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="44"/>
        <source>kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="45"/>
        <source>g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="46"/>
        <source>t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="47"/>
        <source>l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="48"/>
        <source>ml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="49"/>
        <source>m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="50"/>
        <source>m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="51"/>
        <source>m³</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="52"/>
        <source>pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="53"/>
        <source>pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="54"/>
        <source>packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="55"/>
        <source>drugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="56"/>
        <source>tobacco, alcohol, fuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="57"/>
        <source>IPR, health and safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="58"/>
        <source>weapons, strategic goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="59"/>
        <source>environment, CITES, waste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="60"/>
        <source>cultural heritage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="61"/>
        <source>currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="62"/>
        <source>not concealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="63"/>
        <source>baggage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="64"/>
        <source>on the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="65"/>
        <source>inside the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="66"/>
        <source>natural void of the vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="67"/>
        <source>modified vehicle structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="68"/>
        <source>fuel tank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="69"/>
        <source>mixed with the cargo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="70"/>
        <source>container structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="71"/>
        <source>postal item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="72"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="73"/>
        <source>density meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="74"/>
        <source>radiation detector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="75"/>
        <source>trace detector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="76"/>
        <source>photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="77"/>
        <source>driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="78"/>
        <source>passenger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="79"/>
        <source>crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="80"/>
        <source>passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="81"/>
        <source>ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="82"/>
        <source>visa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="83"/>
        <source>residence permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="84"/>
        <source>CMR consignment note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="85"/>
        <source>CIM consignment note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="86"/>
        <source>SMGS consignment note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="87"/>
        <source>bill of lading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="88"/>
        <source>sea waybill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="89"/>
        <source>air waybill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="90"/>
        <source>postal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/enum_words.py" line="91"/>
        <source>TIR carnet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="90"/>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="289"/>
        <source>Your role does not allow this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="107"/>
        <location filename="../../checkpoint/gui/messages.py" line="293"/>
        <source>The workstation is locked; log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="51"/>
        <source>Your role does not allow this: only {role} may do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="303"/>
        <source>The record was not found; it may have been discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="305"/>
        <source>The database is busy in another program (a command-line tool?). Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="308"/>
        <source>The workstation&apos;s files are damaged or were tampered with. Do not go on: call your supervisor, who can restore the last backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="31"/>
        <source>A workstation already exists in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="29"/>
        <source>There is no workstation in this folder yet.</source>
        <extracomment>An error&apos;s code → its sentence (English source; ``{name}`` are the error&apos;s params).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="33"/>
        <source>A workstation already exists in this folder; it is replaced only when you choose to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="36"/>
        <source>A finalized inspection cannot be changed; amend it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="38"/>
        <source>The inspection is already finalized.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="39"/>
        <source>A draft is corrected by editing it, not by an amendment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="41"/>
        <source>Only a draft can be discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="47"/>
        <source>The inspection cannot be finalized yet: {count} problem(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="49"/>
        <source>Your role does not allow this: this draft belongs to another officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="53"/>
        <source>An operator named {username} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="55"/>
        <source>You cannot remove your own account; ask another supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="57"/>
        <source>The last supervisor cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="58"/>
        <source>The password is not acceptable: it needs at least {minimum} characters; this one has {length}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="61"/>
        <source>The password is not acceptable: it must not be the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="63"/>
        <source>The password is not acceptable: it needs at least {distinct} different characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="66"/>
        <source>A photo must be JPEG, PNG or WebP, not {media_type}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="68"/>
        <source>A photo must be between 1 byte and {megabytes} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="98"/>
        <source>Unknown role {role}: choose inspector or supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="100"/>
        <source>The setting {setting} must be between {minimum} and {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="102"/>
        <source>The setting {setting} must be one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="108"/>
        <source>This workstation is not enrolled with HQ yet: a supervisor enrolls it (Sync ▸ Enroll with HQ…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="111"/>
        <source>Not synchronised with HQ yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="112"/>
        <source>Another sync of this workstation is running (the command line?); this one is retried when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="115"/>
        <source>HQ at {url} cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="117"/>
        <source>HQ is failing (HTTP {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="125"/>
        <source>An answer from HQ could not be trusted or read, so nothing from it was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="139"/>
        <source>The record was not found on this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="141"/>
        <source>An amendment needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="142"/>
        <source>The record cannot be submitted yet: {count} problem(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="116"/>
        <source>HQ at {url} did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="144"/>
        <source>This record is approved and cannot be changed; amend it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="118"/>
        <source>HQ at {url} did not prove itself with a certificate from the CA pinned at enrollment; nothing was sent. If HQ changed its CA, a supervisor enrolls this workstation again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="42"/>
        <source>Only a finalized inspection is printed as a protocol: finalize it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="44"/>
        <source>{author} is correcting this record already: their amendment must be finalized (or discarded) before another one starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="70"/>
        <source>{name} is not a valid user name: use 2-64 Latin or Cyrillic letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;@&apos; (no space), starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="73"/>
        <source>{name} mixes Latin and Cyrillic letters, which can look identical: write the name in one script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="76"/>
        <source>{name} is reserved (the journal names HQ and unknown users with it): choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="79"/>
        <source>{username} looks the same as the existing operator {existing} (Latin and Cyrillic letters can look identical): choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="82"/>
        <source>There is no operator named {username}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="83"/>
        <source>Change your own password with Change my password; another supervisor resets your account or changes your role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="86"/>
        <source>The last supervisor cannot become an inspector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="88"/>
        <source>{username} must choose their own password first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="91"/>
        <source>Too many failed attempts: wait {seconds} s before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="93"/>
        <source>The draft was not found; it may have been discarded or finalized.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="95"/>
        <source>Only a draft can be taken over; a finalized record is amended instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="97"/>
        <source>This draft is already yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="104"/>
        <source>The checkpoint code may have at most {checkpoint} characters, the lane at most {lane} and the workstation label at most {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="122"/>
        <source>HQ refused the request (HTTP {status}, {hq_code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="124"/>
        <source>HQ refused the enrollment ({hq_code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="127"/>
        <source>{file}: {count} problem(s); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="129"/>
        <source>HQ&apos;s account {username} has the name of an account made at this workstation: it was not applied, and the local account is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="132"/>
        <source>HQ&apos;s account {username} looks the same as the account {existing} of this workstation (Latin and Cyrillic letters can look identical): it was not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="136"/>
        <source>HQ sent an item ({collection}) this workstation cannot read: it was set aside, and the rest was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="146"/>
        <source>This record waits for a supervisor&apos;s decision and cannot be changed now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="148"/>
        <source>The record is not waiting for this step any more; open it again to see where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="151"/>
        <source>You wrote this record, so you cannot approve or refuse it: another supervisor must.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="154"/>
        <source>The record changed since it was shown; open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="156"/>
        <source>A refusal needs a reason for the author.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="158"/>
        <source>The handover is refused: {count} problem(s) in the chain of custody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="160"/>
        <source>This cash was declared or is under {threshold} EUR: mark it suspicious to refer it to the financial intelligence unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="163"/>
        <source>Only cases and referrals are printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="164"/>
        <source>A hit is triaged as one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="165"/>
        <source>Dismissing a hit as a false positive needs a reason: say why it is not the listed person or object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="168"/>
        <source>The record {value} is not a hit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="169"/>
        <source>This hit was already triaged by someone else; open it again to see the newest triage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="172"/>
        <source>This is not a whole watchlist file from HQ (not one, truncated or damaged): nothing was imported. Ask HQ for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="175"/>
        <source>HQ&apos;s signature on this watchlist file does not verify: it was altered or forged. Nothing was imported; do not use it, and tell HQ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="178"/>
        <source>This watchlist file was signed by another HQ than the one this workstation is enrolled with: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="181"/>
        <source>The file holds list {list} at version {version}, and this workstation already has version {held}: nothing was imported (the file is older or the same).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="185"/>
        <source>The file {file} cannot be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="186"/>
        <source>No shift has been opened on this workstation yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="188"/>
        <source>There is no shift {shift} on this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="190"/>
        <source>Shift {shift} (opened by {supervisor}) is still open: close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="192"/>
        <source>No shift is open on this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="193"/>
        <source>The shift is still open: close it and hand over first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="195"/>
        <source>This shift is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="196"/>
        <source>Name the checkpoint, or set its code in File ▸ Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="198"/>
        <source>No closed shift is waiting for its handover to be acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="200"/>
        <source>The handover was already acknowledged by {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="202"/>
        <source>The relieving supervisor acknowledges the handover, not the one who handed over: ask the next supervisor to log in and acknowledge it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="205"/>
        <source>This shift was already reviewed by {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="206"/>
        <source>This post holds no such operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="207"/>
        <source>Fill the operation&apos;s reporting fields: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="209"/>
        <source>This workstation&apos;s database was written by a newer version of Checkpoint (schema {schema}). This program is older: it has changed nothing and cannot open it. Ask your IT officer to install that version or a newer one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="214"/>
        <source>The file {path} cannot be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="216"/>
        <source>This file is not a public key (PEM). Choose the recovery public key HQ gave (recovery-public.pem).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="219"/>
        <source>This public key is not an X25519 key, so it is not HQ&apos;s recovery key. Choose the recovery public key HQ gave (recovery-public.pem).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="222"/>
        <source>This file is not a certificate (PEM). Choose HQ&apos;s CA certificate (ca.pem).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="225"/>
        <source>This file holds no CA certificate: it may be HQ&apos;s server certificate. Choose HQ&apos;s CA certificate (ca.pem).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="228"/>
        <source>{url} is not an HQ address: give it as https://host:port, e.g. https://hq.example:8443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="231"/>
        <source>HQ must be reached over HTTPS: give an address that starts with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="239"/>
        <source>idle lock time (minutes)</source>
        <extracomment>The names of the workstation settings an error may name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="240"/>
        <source>autosave delay (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="241"/>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="242"/>
        <source>workstation label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="247"/>
        <source>an inspector</source>
        <extracomment>The operator roles an error may name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="248"/>
        <source>a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="291"/>
        <source>The password is not acceptable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="301"/>
        <source>This cannot be done now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="312"/>
        <source>The workstation database failed. Try again; if it keeps failing, call your supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="317"/>
        <source>Synchronisation with headquarters failed; it will be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="322"/>
        <source>Something went wrong unexpectedly (%s). The details are in the log; your saved work is safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../checkpoint/gui/inspection/field_checks.py" line="95"/>
        <source>Position 9 of the VIN is %1, not the check digit %2. Outside North America that is allowed, but compare the VIN with the one on the vehicle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinalizeSummary</name>
    <message numerus="yes">
        <location filename="../../checkpoint/gui/inspection/summary.py" line="80"/>
        <source>%n photo(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/summary.py" line="98"/>
        <source>Finalize this inspection?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/summary.py" line="100"/>
        <source>Check the record. Once finalized it cannot be changed; a correction is then an amendment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/summary.py" line="113"/>
        <source>&amp;Finalize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/summary.py" line="114"/>
        <source>&amp;Back to the form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingPart</name>
    <message>
        <location filename="../../ui/finding.ui" line="11"/>
        <source>Ris&amp;k area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding.ui" line="24"/>
        <source>&amp;Commodity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding.ui" line="37"/>
        <location filename="../../checkpoint/gui/inspection/finding_part.py" line="67"/>
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
        <source>De&amp;tected by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/finding.ui" line="102"/>
        <source>&amp;Photos of it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/finding_part.py" line="67"/>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralPart</name>
    <message>
        <location filename="../../ui/general.ui" line="11"/>
        <source>Check&amp;point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/general.ui" line="24"/>
        <source>&amp;Lane:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/general.ui" line="37"/>
        <source>&amp;Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/general.ui" line="50"/>
        <source>&amp;Conveyance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/general.ui" line="63"/>
        <source>Control types:</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/general.ui" line="140"/>
        <source>Started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/general.ui" line="157"/>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/general.ui" line="170"/>
        <source>&amp;Remarks:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoodsPart</name>
    <message>
        <location filename="../../ui/goods_line.ui" line="11"/>
        <source>H&amp;S code:</source>
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
        <source>Found &amp;quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/goods_line.ui" line="104"/>
        <source>Va&amp;lue:</source>
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
    <message>
        <location filename="../../checkpoint/gui/inspection/goods_part.py" line="40"/>
        <source>Declared %1, found %2: a difference of %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HitDialog</name>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="66"/>
        <source>Watchlist hit: %1, %2 (%3 match); recorded for triage when you finalize.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="83"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="83"/>
        <source>Watchlist hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="112"/>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="113"/>
        <source>Possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="114"/>
        <source>False positive (dismiss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="116"/>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="121"/>
        <source>Place, time, route, accompanying persons, objects, circumstances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="122"/>
        <source>Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="122"/>
        <source>Action taken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="125"/>
        <source>Reason (to dismiss):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="136"/>
        <source>Screened as typed. Each hit is recorded and triaged when the inspection is finalized.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="146"/>
        <source>&amp;Record triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="161"/>
        <source>The owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="162"/>
        <source>%1 asks: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="164"/>
        <source>(alert valid until %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="173"/>
        <source>Dismissed by the officer: no confirmation asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="174"/>
        <source>Provisional: the owning authority has not been asked yet (triaged as possible or confirmed, HQ asks it after the next sync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="180"/>
        <source>Confirmed by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="182"/>
        <source>Confirmed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="184"/>
        <source>Not confirmed by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="186"/>
        <source>Not confirmed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="189"/>
        <source>Provisional: %1 has not answered; the deadline was %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="191"/>
        <source>Provisional: awaiting %1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="202"/>
        <source>Answered by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="219"/>
        <source>Dismissing a hit needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HitPanel</name>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="281"/>
        <source>Report (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_panel.py" line="284"/>
        <source>Watchlist hits (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HitWords</name>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="36"/>
        <source>arrest / detain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="37"/>
        <source>refuse entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="38"/>
        <source>seize the object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="39"/>
        <source>specific check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="40"/>
        <source>discreet check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="41"/>
        <source>information only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="44"/>
        <source>identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="45"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="48"/>
        <source>not triaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="49"/>
        <source>possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="50"/>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="51"/>
        <source>false positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="54"/>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="55"/>
        <source>plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="56"/>
        <source>VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="57"/>
        <source>container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="58"/>
        <source>IMO number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="61"/>
        <source>same spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="62"/>
        <source>transliteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="63"/>
        <source>transcription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="64"/>
        <source>typo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="65"/>
        <source>longer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="66"/>
        <source>different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="69"/>
        <source>birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="70"/>
        <source>nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="71"/>
        <source>sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="72"/>
        <source>common name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="75"/>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="76"/>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="80"/>
        <source>born {born}, listed {listed}: same date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="81"/>
        <source>born {born}, listed {listed}: agrees as far as both are known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="83"/>
        <source>born {born}, listed {listed}: one part differs (a typo?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="85"/>
        <source>born {born}, listed {listed}: another date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="86"/>
        <source>{nationality} is listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="87"/>
        <source>{nationality}, listed {listed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="89"/>
        <source>{sex}, listed {listed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="90"/>
        <source>{namesakes} listed entries share this name; only an equal full birth date makes it a hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="93"/>
        <source>over 200 listed entries share this name; only an equal full birth date makes it a hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="142"/>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="148"/>
        <source>%1 %2 = listed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="152"/>
        <source>, %1 on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="154"/>
        <source> (the country was not compared: one side does not give it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="159"/>
        <source>name %1 ~ listed %2: name score %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="163"/>
        <source>%1 ~ %2 (%3 ~ %4): %5 %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="170"/>
        <source>not in the listed name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="173"/>
        <source>not in the query: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/hit_words.py" line="176"/>
        <source>score %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HqPage</name>
    <message>
        <location filename="../../checkpoint/gui/setup/pages.py" line="224"/>
        <source>HQ&apos;s CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/pages.py" line="225"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/pages.py" line="252"/>
        <source>Give HQ&apos;s address, e.g. https://hq.example:8443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/pages.py" line="253"/>
        <source>Give the one-time code HQ issued for this post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/pages.py" line="254"/>
        <source>Choose HQ&apos;s CA certificate (the ca.pem file HQ gave).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionForm</name>
    <message>
        <location filename="../../ui/inspection_form.ui" line="13"/>
        <location filename="../../checkpoint/gui/inspection/form.py" line="287"/>
        <source>Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/inspection_form.ui" line="61"/>
        <source>Finalize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/inspection_form.ui" line="64"/>
        <source>Check the whole record and finalize it (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/inspection_form.ui" line="71"/>
        <source>A&amp;mend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/inspection_form.ui" line="78"/>
        <source>Open a c&amp;ase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/inspection_form.ui" line="81"/>
        <source>An offence case prefilled from the finding shown on the Findings tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/inspection_form.ui" line="88"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/inspection_form.ui" line="100"/>
        <location filename="../../checkpoint/gui/inspection/ownership_bar.py" line="29"/>
        <source>Finalized, read-only: correct it with Amend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/inspection_form.ui" line="124"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/inspection_form.ui" line="130"/>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/inspection_form.ui" line="136"/>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/inspection_form.ui" line="142"/>
        <source>Consignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/inspection_form.ui" line="148"/>
        <source>Goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/inspection_form.ui" line="154"/>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/inspection_form.ui" line="160"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/inspection_form.ui" line="166"/>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/inspection_form.ui" line="91"/>
        <source>Close (the draft stays saved) (Ctrl+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/inspection_form.ui" line="176"/>
        <source>Before it can be finalized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/inspection_form.ui" line="189"/>
        <source>Double-click or press Enter on a line to go to the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/form.py" line="173"/>
        <source>Print protocol…</source>
        <extracomment>The tab of each part of the record, by the first name of a problem&apos;s path.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/form.py" line="174"/>
        <source>The protocol as a PDF, with the record&apos;s number and digest (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/form.py" line="286"/>
        <location filename="../../checkpoint/gui/inspection/form.py" line="299"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/form.py" line="286"/>
        <location filename="../../checkpoint/gui/inspection/form.py" line="299"/>
        <source>finalized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/form.py" line="287"/>
        <source>Amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/form.py" line="292"/>
        <source>Corrects &lt;a href=&quot;%1&quot;&gt;the original record&lt;/a&gt;. Reason: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/form.py" line="296"/>
        <source>Amended &lt;a href=&quot;%1&quot;&gt;%2 by %3&lt;/a&gt; (%4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/form.py" line="304"/>
        <source>A later version corrects this record: &lt;a href=&quot;%1&quot;&gt;open the current version&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/form.py" line="309"/>
        <source>Finalized %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/form.py" line="335"/>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/form.py" line="372"/>
        <source>Taken over from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/form.py" line="394"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/form.py" line="406"/>
        <source>NOT saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/form.py" line="460"/>
        <source>Finalizing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/form.py" line="495"/>
        <source>To do before finalizing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/form.py" line="496"/>
        <source>Nothing left to do: finalize with Ctrl+Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/form.py" line="569"/>
        <source>Save the protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/form.py" line="570"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/ownership_bar.py" line="33"/>
        <source>The draft of &lt;b&gt;%1&lt;/b&gt;, read-only: only %1 can change or finalize it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/ownership_bar.py" line="36"/>
        <source>As the supervisor you may take it over (shift handover).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemList</name>
    <message>
        <location filename="../../ui/item_list.ui" line="23"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_list.ui" line="30"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_list.ui" line="61"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/item_list.ui" line="64"/>
        <source>Put the removed item back where it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/item_list.py" line="136"/>
        <source>Removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <location filename="../../checkpoint/gui/review/journal_view.py" line="32"/>
        <source>Verifying the journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/journal_view.py" line="33"/>
        <source>Verify the whole journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/journal_view.py" line="37"/>
        <source>Cancel the verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/journal_view.py" line="46"/>
        <source>Whole journal verified: intact (%1 entries).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/journal_view.py" line="49"/>
        <source>Journal of the shift verified: intact (entries %1 to %2%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/journal_view.py" line="52"/>
        <source>, anchored at signed checkpoint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/journal_view.py" line="57"/>
        <source>Journal BROKEN from entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/journal_view.py" line="67"/>
        <source>Verifying the whole journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/journal_view.py" line="98"/>
        <source>Verification of the whole journal cancelled after %1 of %2 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/journal_view.py" line="106"/>
        <source>%1 of %2 entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../checkpoint/gui/operations/bar.py" line="47"/>
        <source>Link to operation %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>List</name>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="46"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="47"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="48"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="49"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="50"/>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="51"/>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="52"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="53"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="54"/>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="89"/>
        <source>entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="90"/>
        <source>exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="91"/>
        <source>transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="92"/>
        <source>released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="93"/>
        <source>secondary inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="95"/>
        <source>refused entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="96"/>
        <source>detained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="97"/>
        <source>referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="105"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="107"/>
        <source>amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/list_model.py" line="108"/>
        <source>finalized</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.ui" line="6"/>
        <source>Checkpoint: log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="44"/>
        <source>Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="68"/>
        <source>The workstation was locked. Log in again to continue; your draft was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="83"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="96"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/auth.py" line="48"/>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/auth.py" line="49"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/auth.py" line="82"/>
        <source>Type your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/auth.py" line="88"/>
        <source>Type your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkpoint/gui/auth.py" line="134"/>
        <source>Too many failed attempts on this name: you can log in again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed attempts on this name: you can log in again in %n second.</numerusform>
            <numerusform>Too many failed attempts on this name: you can log in again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/auth.py" line="138"/>
        <source>You can log in again now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginFlow</name>
    <message>
        <location filename="../../checkpoint/gui/login_flow.py" line="155"/>
        <source>Unlocking…</source>
        <extracomment>a session is open for this operator (their own password may still be due) the operator may work: the session is open and the password is their own the operator closed the &quot;choose your password&quot; dialog: lock again the set-up or login window was closed: quit the login window is up: a good time to build the main window a new workstation was set up (its settings now exist)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.ui" line="6"/>
        <location filename="../../checkpoint/gui/main_window.py" line="201"/>
        <source>Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="19"/>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="32"/>
        <source>document number, name (any script), plate, VIN or container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="39"/>
        <source>Also na&amp;mes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="42"/>
        <source>A query with a digit searches document numbers, plates, VINs and containers only; tick this to search names too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="50"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="55"/>
        <source>All inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="65"/>
        <source>Today&apos;s inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="122"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="129"/>
        <location filename="../../ui/main_window.ui" line="194"/>
        <source>&amp;New inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="158"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="197"/>
        <source>Start a new inspection (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="200"/>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="210"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="213"/>
        <source>Search all inspections (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="216"/>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="226"/>
        <source>&amp;Today&apos;s inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="229"/>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="234"/>
        <source>&amp;All inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="237"/>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="242"/>
        <source>&amp;Unfinished inspections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="245"/>
        <source>Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="255"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="258"/>
        <source>Lock the workstation (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="261"/>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="266"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="269"/>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="277"/>
        <source>Operator &amp;accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="280"/>
        <source>Add, disable and reset the operators of this workstation (supervisors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="288"/>
        <source>Change my pass&amp;word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="298"/>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="301"/>
        <source>Send what HQ lacks and fetch what HQ published, now (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="304"/>
        <source>F9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="314"/>
        <source>&amp;Cancel sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="317"/>
        <source>Stop the running sync at the next safe point; the rest follows later (Shift+F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="320"/>
        <source>Shift+F9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="325"/>
        <source>Sync &amp;status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="330"/>
        <source>&amp;Enroll with HQ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="335"/>
        <source>Items &amp;refused by HQ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="340"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="343"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="348"/>
        <source>&amp;About Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="354"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="369"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="378"/>
        <source>S&amp;ync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="390"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="404"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/main_window.py" line="90"/>
        <source>Operator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/main_window.py" line="91"/>
        <source>Role: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mrz</name>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="230"/>
        <source>Nothing was read. Scan the machine-readable zone again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="232"/>
        <source>The reader typed Cyrillic letters: the keyboard layout is not English. Switch the layout to English and scan the document again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="235"/>
        <source>Lines read: {count}. A machine-readable zone has 2 lines (passport, visa) or 3 (ID card). Scan the machine-readable zone again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="238"/>
        <source>Line {line} has {length} characters; a line of a machine-readable zone has 44 (passport), 36 (TD2) or 30 (ID card). Scan the machine-readable zone again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="242"/>
        <source>Line {line} has {length} characters but line {other_line} has {other_length}: the lines come from different documents or scans. Scan the document again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="246"/>
        <source>Line {line}, position {position} holds {character}, which cannot appear in a machine-readable zone (only A–Z, 0–9 and &lt;). If the reader typed it, check that the keyboard layout is English (US).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="250"/>
        <source>{mrz_field}: {value} is not a code of letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="252"/>
        <source>The sex field holds {value}; it must be M, F or &lt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="253"/>
        <source>The name field {value} contains digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="254"/>
        <source>{mrz_field}: {value} is not a date (YYMMDD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="255"/>
        <source>{mrz_field}: {value} has no month {month}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="256"/>
        <source>{mrz_field}: {value} has no day {day} in month {month}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="258"/>
        <source>The document number {value} has a filler (&lt;) inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="365"/>
        <source>document code</source>
        <extracomment>The MRZ fields whose check digits are named in ``mrz.checks_failed``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="366"/>
        <source>issuing state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="367"/>
        <source>nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="368"/>
        <source>document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="369"/>
        <source>birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="370"/>
        <source>expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="371"/>
        <source>optional data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="372"/>
        <source>composite (whole zone)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MrzPanel</name>
    <message>
        <location filename="../../ui/mrz_panel.ui" line="6"/>
        <source>Machine-readable zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mrz_panel.ui" line="12"/>
        <source>S&amp;can the document (the reader types the lines here), or type them, each ending with Enter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mrz_panel.ui" line="95"/>
        <source>Record as presented (&amp;failed check digits, specimen, forgery) because:</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/mrz_panel.py" line="50"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/mrz_panel.py" line="50"/>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/mrz_panel.py" line="50"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/mrz_panel.py" line="68"/>
        <source>Line %1 read; waiting for the next line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/mrz_panel.py" line="97"/>
        <source>correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/mrz_panel.py" line="97"/>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/mrz_panel.py" line="110"/>
        <source>Check digit failed: %1. Check the document by eye; to accept it, give the reason below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/mrz_panel.py" line="116"/>
        <source>%1: every check digit is correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/mrz_panel.py" line="117"/>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyPasswordDialog</name>
    <message>
        <location filename="../../ui/my_password.ui" line="6"/>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/my_password.ui" line="18"/>
        <source>At least 12 characters, four of them different, not your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/my_password.ui" line="30"/>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/my_password.ui" line="47"/>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/my_password.ui" line="64"/>
        <source>Re&amp;peat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/accounts/dialogs.py" line="119"/>
        <source>Type your current password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../checkpoint/gui/operations/bar.py" line="68"/>
        <source>Joint operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/operations/bar.py" line="76"/>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/operations/bar.py" line="77"/>
        <source>Link to operation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/operations/bar.py" line="137"/>
        <source>CONTROLLED DELIVERY — DO NOT INTERCEPT: this inspection matches target %1 of operation %2. Let it pass; report only. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/operations/bar.py" line="143"/>
        <source>This inspection matches target %1 of operation %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/operations/bar.py" line="148"/>
        <source>Joint operation %1 (until %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/operations/bar.py" line="152"/>
        <source>Controlled delivery: some targets must NOT be intercepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/operations/bar.py" line="168"/>
        <source>Do not intercept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/operations/bar.py" line="182"/>
        <source>Joint operation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenShiftDialog</name>
    <message>
        <location filename="../../ui/open_shift.ui" line="6"/>
        <source>Open a shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/open_shift.ui" line="21"/>
        <source>You are the supervisor responsible for the shift. Every inspection recorded while it is open belongs to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/open_shift.ui" line="28"/>
        <source>&amp;Officers on duty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/open_shift.ui" line="38"/>
        <source>names, separated by commas: anna, bogdan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/open_shift.ui" line="45"/>
        <source>&amp;Lanes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/open_shift.ui" line="55"/>
        <source>1, 2, 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/open_shift.ui" line="62"/>
        <source>&amp;Checkpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/dialogs.py" line="53"/>
        <source>&amp;Open shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/dialogs.py" line="58"/>
        <source>Name at least one officer on duty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationReportDialog</name>
    <message>
        <location filename="../../ui/operation_report.ui" line="6"/>
        <source>Joint operation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operation_report.ui" line="21"/>
        <source>The post&apos;s report on a joint operation: the inspections linked to it, their outcomes and your remarks. It goes to HQ with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operation_report.ui" line="28"/>
        <source>&amp;Operation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operation_report.ui" line="42"/>
        <source>At this post:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operation_report.ui" line="59"/>
        <source>&amp;Remarks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/operation_report.ui" line="69"/>
        <source>Results, what the post observed, what it could not do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/operations/report.py" line="31"/>
        <source>&amp;Make the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/operations/report.py" line="35"/>
        <source>%1 (%2 – %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/operations/report.py" line="45"/>
        <source>This post holds no joint-operation notices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/operations/report.py" line="49"/>
        <source>Linked inspections: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/operations/report.py" line="50"/>
        <source>Acknowledged by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/operations/report.py" line="52"/>
        <source>Not acknowledged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/operations/report.py" line="54"/>
        <source>Last report made at %1; a new one adds to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnershipBar</name>
    <message>
        <location filename="../../checkpoint/gui/inspection/ownership_bar.py" line="52"/>
        <source>Ta&amp;ke over draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/ownership_bar.py" line="54"/>
        <source>Make this draft yours (shift handover); journaled with its previous owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/ownership_bar.py" line="74"/>
        <source>Take over draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/ownership_bar.py" line="75"/>
        <source>Take over the draft of %1? It becomes yours to complete and finalize; %1 can no longer change it. The journal records the handover.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../checkpoint/gui/setup/pages.py" line="81"/>
        <source>The workstation is set up; this is changed in the program now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPart</name>
    <message>
        <location filename="../../ui/person.ui" line="29"/>
        <source>&amp;Surname (original script):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person.ui" line="42"/>
        <source>&amp;Given names (original script):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person.ui" line="55"/>
        <source>Surname (&amp;Latin):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person.ui" line="16"/>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person.ui" line="68"/>
        <source>Given names (Latin):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person.ui" line="81"/>
        <source>&amp;Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person.ui" line="91"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person.ui" line="114"/>
        <source>Se&amp;x:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person.ui" line="127"/>
        <source>&amp;Nationality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person.ui" line="137"/>
        <source>ISO 3166 alpha-3 or ICAO code, e.g. UKR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person.ui" line="160"/>
        <source>Travel document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person.ui" line="170"/>
        <source>Document &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person.ui" line="183"/>
        <source>&amp;Issuing state:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person.ui" line="193"/>
        <source>e.g. UKR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person.ui" line="216"/>
        <source>&amp;Document number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/person.ui" line="229"/>
        <source>&amp;Expiry:</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../checkpoint/gui/inspection/photos_part.py" line="77"/>
        <source>Add a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/inspection/photos_part.py" line="78"/>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostPage</name>
    <message>
        <location filename="../../checkpoint/gui/setup/pages.py" line="113"/>
        <source>The system&apos;s (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/pages.py" line="129"/>
        <source>Give the post code, e.g. UA-PL-01 (HQ gives it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/pages.py" line="132"/>
        <source>A post code has up to 32 letters, digits, &apos;-&apos;, &apos;.&apos;, &apos;_&apos; or &apos;/&apos;, e.g. UA-PL-01.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="46"/>
        <source>Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="47"/>
        <source>Handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="48"/>
        <source>Target %n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="49"/>
        <source>Person %n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="50"/>
        <source>Person %n document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="51"/>
        <source>Person %n document MRZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="52"/>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="53"/>
        <source>Consignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="54"/>
        <source>Container %n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="55"/>
        <source>Transport document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="56"/>
        <source>Goods line %n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="57"/>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="58"/>
        <source>Finding %n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="67"/>
        <source>checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="68"/>
        <source>lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="69"/>
        <source>direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="70"/>
        <source>conveyance mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="71"/>
        <source>control type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="72"/>
        <source>trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="73"/>
        <source>start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="74"/>
        <source>outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="75"/>
        <source>amendment reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="76"/>
        <source>author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="77"/>
        <source>device id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="80"/>
        <source>surname in Latin script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="81"/>
        <source>given names in Latin script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="82"/>
        <source>birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="83"/>
        <source>sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="84"/>
        <source>nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="85"/>
        <source>travel document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="86"/>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="87"/>
        <source>issuing state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="88"/>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="89"/>
        <source>expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="90"/>
        <source>plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="91"/>
        <source>registration country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="92"/>
        <source>VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="93"/>
        <source>trailer registration country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="95"/>
        <source>seals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="96"/>
        <source>declaration MRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="97"/>
        <source>consignor EORI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="98"/>
        <source>consignee EORI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="99"/>
        <source>HS code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="100"/>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="101"/>
        <source>declared quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="102"/>
        <source>found quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="103"/>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="104"/>
        <source>currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="105"/>
        <source>origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="106"/>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="107"/>
        <source>EUR equivalent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="108"/>
        <source>declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="109"/>
        <source>carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="110"/>
        <source>risk area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="111"/>
        <source>commodity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="112"/>
        <source>quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="113"/>
        <source>concealment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="114"/>
        <source>detection method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="115"/>
        <source>photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="116"/>
        <source>creation time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="117"/>
        <source>time of the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="118"/>
        <source>finalization time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="120"/>
        <source>amended record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="141"/>
        <source>officers on duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="142"/>
        <source>lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="143"/>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="144"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="145"/>
        <source>open items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="146"/>
        <source>remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="150"/>
        <source>{field} is invalid: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="151"/>
        <source>{field} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="152"/>
        <source>{field}: {value} is not a date of the form {form}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="154"/>
        <source>{field}: {value} is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="155"/>
        <source>{field} is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="156"/>
        <source>{field}: UTO (Utopia) is the ICAO specimen state, not a real country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="158"/>
        <source>{field}: {value} is a two-letter code; use the three-letter code {alpha3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="160"/>
        <source>{field}: {value} is not an ISO 3166-1 alpha-3 or ICAO country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="162"/>
        <source>{field}: {value} is not 3 letters (ISO 4217), e.g. EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="164"/>
        <source>{field}: {value} is not an ISO 4217 currency code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="166"/>
        <source>{field}: {value} may hold only digits (and dots or spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="168"/>
        <source>{field}: {value} has {digits} digits; give 6, 8 or 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="170"/>
        <source>{field}: there is no chapter {chapter} (chapters run from 01 to 97, and 77 is reserved).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="173"/>
        <source>{field}: {value} must start with a two-letter country code (e.g. DE, FR, XI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="176"/>
        <source>{field}: {value} must be a country code and then 1 to 15 letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="179"/>
        <source>{field}: {value} is not an ISO 6346 number (3-letter owner code, category letter, 6-digit serial, check digit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="182"/>
        <source>{field}: {value} has category letter {category}; it must be U, J or Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="184"/>
        <source>{field}: {value} has check digit {found}; it should be {expected}. Compare the number with the one on the container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="187"/>
        <source>{field}: {value} has {length} characters; a VIN has 17.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="189"/>
        <source>{field}: {value} has {letter} at position {position}; VINs never use I, O or Q.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="192"/>
        <source>{field}: {value} has {letter} at position {position}; a VIN holds only A–Z and 0–9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="195"/>
        <source>{field}: {value} has check digit {found} at position 9; it should be {expected}. North American VINs must carry a correct check digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="198"/>
        <source>{field}: an MRN has 18 characters, like 25UA205050000123E0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="200"/>
        <source>{field} is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="201"/>
        <source>{field} is longer than {maximum} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="203"/>
        <source>{field}: at most {maximum} may be named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="204"/>
        <source>{field}: {value} is not one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="206"/>
        <source>{field}: an entry is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="207"/>
        <source>record at least one person, the vehicle or the consignment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="209"/>
        <source>plate, VIN, IMO number or journey number is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="211"/>
        <source>declared or found quantity is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="212"/>
        <source>undeclared cash of {threshold} EUR or more (Reg. (EU) 2018/1672) needs a finding with risk area currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="215"/>
        <source>the carrier is not one of the inspection&apos;s persons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="60"/>
        <source>Seized item %n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="61"/>
        <source>Linked finding %n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="62"/>
        <source>Marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="63"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="122"/>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="123"/>
        <source>kind of case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="124"/>
        <source>legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="125"/>
        <source>time of the offence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="126"/>
        <source>place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="127"/>
        <source>persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="78"/>
        <source>surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="79"/>
        <source>given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="128"/>
        <source>holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="129"/>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="130"/>
        <source>seal numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="131"/>
        <source>restrictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="132"/>
        <source>agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="133"/>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="134"/>
        <source>deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="135"/>
        <source>agency&apos;s reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="119"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="136"/>
        <source>handed over by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="137"/>
        <source>taken over by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="138"/>
        <source>entry number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="139"/>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="140"/>
        <source>seized item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="217"/>
        <source>refers to {count} photo(s) that are not attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="219"/>
        <source>{format} needs {lines} lines of {width} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="225"/>
        <source>the document expired on {expiry}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="226"/>
        <source>the document expires on {expiry}, in {days} day(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="228"/>
        <source>recorded as presented: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="260"/>
        <source>{field}: {value} is not in the years {first}–{last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="262"/>
        <source>{field} is not a plausible time (years {first}–{last}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="264"/>
        <source>{field} holds the control character {character}, which a name or text must not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="267"/>
        <source>line {line} is not JSON (column {column}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="269"/>
        <source>line {line} is not JSON this program reads (nested too deeply, NaN, Infinity or a number too long).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="272"/>
        <source>line {line} holds text that is not valid Unicode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="274"/>
        <source>line {line} is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="275"/>
        <source>line {line}, {field}: does not fit the format ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="277"/>
        <source>line {line}: only finalized inspections can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="279"/>
        <source>line {line}: the document does not read back the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="281"/>
        <source>line {line} is the same record as line {other_line}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="283"/>
        <source>line {line}: a different record with this id exists on this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="286"/>
        <source>line {line} amends a record that is neither in the file nor on this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="289"/>
        <source>line {line} claims to come from this workstation, which never made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="291"/>
        <source>{field} must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="292"/>
        <source>{field} {value} is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="293"/>
        <source>name at least one person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="294"/>
        <source>a criminal case needs at least one suspect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="296"/>
        <source>{field}: {value} is not an article of the customs code table from HQ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="298"/>
        <source>the finding {value} is not in the inspection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="300"/>
        <source>handling code H3 needs its restrictions spelled out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="302"/>
        <source>{field}: {value} is not an agency in HQ&apos;s directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="304"/>
        <source>{field}: {agency} does not accept {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="306"/>
        <source>refer a case, a hit, persons, goods or cash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="308"/>
        <source>{field} is in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="309"/>
        <source>a referral that is {current} cannot become {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="311"/>
        <source>accepting needs the agency&apos;s reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="313"/>
        <source>declining needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="314"/>
        <source>closing needs an outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="315"/>
        <source>entry {value} does not follow entry {expected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="317"/>
        <source>{value} does not hold the item (it is with {holder}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="319"/>
        <source>the seal numbers changed without a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="321"/>
        <source>a seal that is not intact needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="323"/>
        <source>the item&apos;s chain ended ({action}); nothing can follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="325"/>
        <source>the case has no seized item {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="332"/>
        <source>cases</source>
        <extracomment>The matters an agency may not accept (``referral.agency_refuses``&apos;s ``what``) and the statuses and custody actions a sentence may name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="333"/>
        <source>hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="334"/>
        <source>goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="335"/>
        <source>cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="336"/>
        <source>a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="337"/>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="338"/>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="339"/>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="340"/>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="341"/>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="342"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="343"/>
        <source>returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="344"/>
        <source>destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="434"/>
        <source>Give an override reason to accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="221"/>
        <source>check digits failed ({fields}); give an override reason to accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="223"/>
        <source>the recorded check-digit results do not match the lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="356"/>
        <source>choose at least one control type.</source>
        <extracomment>The context of each sentence that is not in ``Problems`` (the MRZ reader&apos;s are ``Mrz``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="358"/>
        <source>say whether the cash was declared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/problems.py" line="360"/>
        <source>a seal number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Protocol</name>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="52"/>
        <source>Seizure protocol</source>
        <extracomment>The compiled translations (``build/compile_qt.py``), as ``gui/app.py`` loads them. The labels a protocol may carry (the English keys of :mod:`checkpoint.services.cases.printing`), marked for lupdate in the ``Protocol`` context; their translations live in ``resources/translations/checkpoint_*.ts``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="53"/>
        <source>Referral letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="54"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="54"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="55"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="55"/>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="56"/>
        <source>Risk area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="56"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="57"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="57"/>
        <source>Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="58"/>
        <source>Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="58"/>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="59"/>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="60"/>
        <source>Handling code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="61"/>
        <source>Circumstances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="61"/>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="62"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="62"/>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="63"/>
        <source>Given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="63"/>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="64"/>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="64"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="65"/>
        <source>Seized items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="66"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="66"/>
        <source>HS code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="67"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="67"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="68"/>
        <source>Seals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="68"/>
        <source>Held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="69"/>
        <source>Chain of custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="69"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="70"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="70"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="71"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="71"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="72"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="72"/>
        <source>To agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="73"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="73"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="74"/>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="74"/>
        <source>Goods handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="75"/>
        <source>Printed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="76"/>
        <source>Verification code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="77"/>
        <source>Record digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="77"/>
        <source>page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/printing.py" line="78"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuarantineDialog</name>
    <message>
        <location filename="../../ui/quarantine.ui" line="6"/>
        <source>Items refused by HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quarantine.ui" line="21"/>
        <source>HQ refused these records for good, so they are kept aside (quarantined) while everything else keeps flowing. They stay on this workstation. Once HQ has fixed the cause (an upgrade, a corrected rule), offer them again. Items from HQ that this workstation refused (an account named like a local one, a change that would leave no supervisor, an item it cannot read) are listed too; they are replaced when HQ sends a newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quarantine.ui" line="50"/>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quarantine.ui" line="55"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quarantine.ui" line="60"/>
        <source>Refused at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quarantine.ui" line="65"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quarantine.ui" line="98"/>
        <source>&amp;Offer to HQ again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quarantine.ui" line="105"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/dialogs.py" line="151"/>
        <source>from HQ, v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/dialogs.py" line="164"/>
        <source>Nothing is quarantined: HQ accepted everything it was sent, and this workstation everything HQ sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/dialogs.py" line="177"/>
        <source>Offering the items to HQ again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/dialogs.py" line="183"/>
        <source>Offered %1 again: %2 accepted by HQ, %3 still refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <location filename="../../checkpoint/gui/record_list.py" line="106"/>
        <source>All inspections</source>
        <extracomment>Search results asked for first: a screenful, shown before the rest arrives.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/record_list.py" line="107"/>
        <source>Today&apos;s inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/record_list.py" line="134"/>
        <source>%1 inspection(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/record_list.py" line="158"/>
        <source>More than %1 inspections: this list sorts by time only. Choose Today or search to sort by another column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/record_list.py" line="250"/>
        <location filename="../../checkpoint/gui/record_list.py" line="265"/>
        <source>%1 found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/record_list.py" line="262"/>
        <source>Search in all inspections: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/record_list.py" line="263"/>
        <source>Search in today&apos;s inspections: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/record_list.py" line="265"/>
        <source>%1+ found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/record_list.py" line="268"/>
        <source>(identifiers only; tick Also names to search names)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../checkpoint/gui/setup/pages.py" line="179"/>
        <source>HQ&apos;s recovery public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/pages.py" line="180"/>
        <source>PEM files (*.pem);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/pages.py" line="205"/>
        <source>Choose the recovery key file HQ gave, or tick &quot;Set up without a recovery key&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../ui/referral.ui" line="5"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral.ui" line="7"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral.ui" line="7"/>
        <source>&amp;Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral.ui" line="7"/>
        <source>yyyy-MM-dd HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral.ui" line="7"/>
        <source>&amp;Handling code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral.ui" line="7"/>
        <source>Handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral.ui" line="7"/>
        <source>Answer from the agency (via HQ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral.ui" line="7"/>
        <source>What keeps the record from being submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral.ui" line="7"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral.ui" line="7"/>
        <source>Su&amp;bmit for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral.ui" line="7"/>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral.ui" line="7"/>
        <source>Re&amp;fuse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral.ui" line="7"/>
        <source>&amp;Print letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral.ui" line="7"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral.ui" line="7"/>
        <source>A&amp;gency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral.ui" line="7"/>
        <source>Restrictions (H&amp;3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/referral.ui" line="7"/>
        <source>E&amp;valuation (source / information):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/cases/referral_dialog.py" line="88"/>
        <source>%1 %2 (%3 EUR)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemarksDialog</name>
    <message>
        <location filename="../../ui/review_remarks.ui" line="6"/>
        <source>Mark the shift reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_remarks.ui" line="21"/>
        <source>The shift&apos;s journal is verified, and the review is signed with this workstation&apos;s key. A shift is reviewed once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_remarks.ui" line="28"/>
        <source>&amp;Remarks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_remarks.ui" line="38"/>
        <source>Your remarks on the shift log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/dialogs.py" line="91"/>
        <source>&amp;Mark reviewed and sign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="31"/>
        <source>Shift report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="32"/>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="33"/>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="34"/>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="35"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="36"/>
        <source>Closed (handed over by {by})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="37"/>
        <source>Handover acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="38"/>
        <source>not acknowledged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="39"/>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="40"/>
        <source>not reviewed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="41"/>
        <source>Review remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="42"/>
        <source>Supervisor responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="43"/>
        <source>Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="44"/>
        <source>Officers on duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="45"/>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="46"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="47"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="48"/>
        <source>Views of personal records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="49"/>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="50"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="51"/>
        <source>Notable events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="52"/>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="53"/>
        <source>Open items handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="54"/>
        <source>Handover note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="55"/>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="56"/>
        <source>Journal head at closing: entry {seq}, hash {hash}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="59"/>
        <source>Journal verified {at}: intact ({entries} entries).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="62"/>
        <source>Journal entries {first} to {last} of the shift verified {at}: intact, anchored at the signed checkpoint at entry {anchor}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="67"/>
        <source>Journal entries {first} to {last} of the shift verified {at}: intact (no signed checkpoint since yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="71"/>
        <source>Journal verified {at}: BROKEN from entry {seq}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="74"/>
        <source>Records not yet acknowledged by HQ: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="75"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="76"/>
        <source>Signed by workstation {device} with its Ed25519 key over the content of this report and the journal head. Verify with `checkpoint report verify FILE` or at HQ with `checkpoint-hq report verify FILE`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="82"/>
        <source>Verification code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="83"/>
        <source>Made {at} by {by}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="84"/>
        <source>Page {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="85"/>
        <source>Inspections per hour (shift)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="86"/>
        <source>Inspections per day (last 30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="87"/>
        <source>Inspections by hour of day (last 30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="88"/>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="89"/>
        <source>Findings by risk area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="90"/>
        <source>Hits by list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="91"/>
        <source>Hits by triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="92"/>
        <source>this shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="93"/>
        <source>last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="94"/>
        <source>Inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="95"/>
        <source>Records made outside a shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="96"/>
        <source>Amendments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="97"/>
        <source>Check-digit overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="98"/>
        <source>Unfinished drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="99"/>
        <source>Logins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="100"/>
        <source>Failed logins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="101"/>
        <source>Views of records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="102"/>
        <source>Exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="103"/>
        <source>Prints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="104"/>
        <source>Syncs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="105"/>
        <source>Account changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="106"/>
        <source>The journal is broken from entry {seq}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="107"/>
        <source>Amendment after finalize by {actor}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="110"/>
        <source>Check-digit override by {actor}: {override_reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="113"/>
        <source>{actor} viewed {count} personal records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="114"/>
        <source>{count} failed login(s) for {actor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="115"/>
        <source>Overdue referral ({actor})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="116"/>
        <source>Hit not triaged ({actor})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="117"/>
        <source>{authority} has not confirmed a hit by its deadline ({actor})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="119"/>
        <source>{count} record(s) not yet acknowledged by HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="122"/>
        <source>{count} record(s) by {actor} made outside a shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="125"/>
        <source>Unfinished draft by {actor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="126"/>
        <source>released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="127"/>
        <source>secondary inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="128"/>
        <source>refused entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="129"/>
        <source>detained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="130"/>
        <source>referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="131"/>
        <source>no outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="132"/>
        <source>drugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="133"/>
        <source>tobacco, alcohol, fuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="134"/>
        <source>IPR, health and safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="135"/>
        <source>weapons, strategic goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="136"/>
        <source>environment, CITES, waste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="137"/>
        <source>cultural heritage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="138"/>
        <source>currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="139"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="140"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="141"/>
        <source>reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="142"/>
        <location filename="../../checkpoint/gui/review/report_text.py" line="171"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="143"/>
        <source>finalized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="144"/>
        <location filename="../../checkpoint/gui/review/report_text.py" line="148"/>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="145"/>
        <source>being written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="146"/>
        <source>awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="147"/>
        <source>returned to its author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="149"/>
        <source>inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="150"/>
        <location filename="../../checkpoint/gui/review/report_text.py" line="187"/>
        <source>shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="151"/>
        <source>offence case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="152"/>
        <source>referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="153"/>
        <source>shift report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="154"/>
        <source>watchlist hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="156"/>
        <location filename="../../checkpoint/gui/review/report_text.py" line="160"/>
        <source>false positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="157"/>
        <location filename="../../checkpoint/gui/review/report_text.py" line="161"/>
        <source>possible match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="158"/>
        <location filename="../../checkpoint/gui/review/report_text.py" line="162"/>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="163"/>
        <source>discreet check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="164"/>
        <source>identifier match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="165"/>
        <source>name match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="166"/>
        <source>operation acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="167"/>
        <source>operation link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="168"/>
        <source>operation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="169"/>
        <source>amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="170"/>
        <source>check-digit override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="172"/>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="155"/>
        <location filename="../../checkpoint/gui/review/report_text.py" line="159"/>
        <location filename="../../checkpoint/gui/review/report_text.py" line="173"/>
        <source>not triaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="174"/>
        <source>provisional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="175"/>
        <source>owner&apos;s answer overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="176"/>
        <source>confirmed by the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="177"/>
        <source>not confirmed by the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="178"/>
        <source>outside a shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="179"/>
        <source>login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="180"/>
        <source>failed login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="181"/>
        <source>view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="182"/>
        <source>export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="183"/>
        <source>print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="184"/>
        <source>sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="185"/>
        <source>account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="186"/>
        <source>record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="188"/>
        <source>operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="189"/>
        <source>store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="190"/>
        <source>audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="191"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="192"/>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/report_text.py" line="193"/>
        <source>officer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetAccountDialog</name>
    <message>
        <location filename="../../ui/account_reset.ui" line="6"/>
        <source>Reset password or role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_reset.ui" line="30"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_reset.ui" line="43"/>
        <source>&amp;Temporary password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_reset.ui" line="60"/>
        <source>Re&amp;peat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/accounts/dialogs.py" line="87"/>
        <source>Enable %1 again with a temporary password; they choose their own at their next login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/accounts/dialogs.py" line="89"/>
        <source>Give %1 a temporary password (and a new role if needed); they choose their own at their next login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/accounts/dialogs.py" line="93"/>
        <source>Enable an account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="73"/>
        <source>Shift review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="80"/>
        <source>Loading the shift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="92"/>
        <source>Officer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="93"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="93"/>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="94"/>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="100"/>
        <location filename="../../checkpoint/gui/review/window.py" line="104"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="100"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="100"/>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="101"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="101"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="102"/>
        <source>Person / vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="102"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="103"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="104"/>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="104"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="105"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="105"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="106"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="126"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="127"/>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="128"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="133"/>
        <source>Needs your attention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="144"/>
        <source>Mark reviewed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="145"/>
        <source>Shift report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="146"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="190"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="191"/>
        <source>Shift at %1: %2 – %3, supervisor %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="212"/>
        <source>acknowledged by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="214"/>
        <source>not acknowledged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="215"/>
        <source>Handed over by %1 at %2, %3. Note: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="219"/>
        <source>Open items: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="222"/>
        <source>Reviewed by %1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="241"/>
        <source>Counting records for the charts: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="291"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="298"/>
        <source>audit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="336"/>
        <source>Nothing stands out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="383"/>
        <source>Verifying the journal and signing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="390"/>
        <source>Save the shift report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="391"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="408"/>
        <location filename="../../checkpoint/gui/review/window.py" line="417"/>
        <source>Shift report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="409"/>
        <source>The signed shift report is saved in %1.

Verification code: %2

It is also kept as a record and goes to HQ with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/window.py" line="422"/>
        <source>Making the signed report…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanRouter</name>
    <message>
        <location filename="../../checkpoint/gui/scan_routing.py" line="52"/>
        <source>Reading a document: line %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/scan_routing.py" line="68"/>
        <source>The document could not be read: %1 Scan it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/scan_routing.py" line="74"/>
        <source>Document %1 read into person %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/scan_routing.py" line="88"/>
        <source>Document %1 read: its inspections are listed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings.ui" line="6"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="20"/>
        <source>&amp;Lock after idle (minutes):</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="86"/>
        <source>Kept encrypted beside the database; off: no name is kept on disk, the login window starts empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="98"/>
        <source>The language takes effect the next time the program starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/dialogs.py" line="162"/>
        <source>The system&apos;s (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../checkpoint/gui/setup/pages.py" line="284"/>
        <source>Give the lane a new inspection starts with, e.g. 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupDonePage</name>
    <message>
        <location filename="../../ui/setup_done.ui" line="6"/>
        <source>The workstation is set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_done.ui" line="9"/>
        <source>Log in as the supervisor to add the other operators.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupHqPage</name>
    <message>
        <location filename="../../ui/setup_hq.ui" line="6"/>
        <source>Enrollment with HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_hq.ui" line="9"/>
        <source>Enrolled, the workstation sends its records to HQ and receives accounts, watchlists and reference data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_hq.ui" line="15"/>
        <source>Enroll with HQ &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_hq.ui" line="25"/>
        <source>Enroll &amp;later (a supervisor does it in Sync ▸ Enroll with HQ…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_hq.ui" line="34"/>
        <source>HQ &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_hq.ui" line="44"/>
        <source>https://hq.example:8443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_hq.ui" line="51"/>
        <source>One-time &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_hq.ui" line="61"/>
        <source>the code HQ issued for this post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_hq.ui" line="68"/>
        <source>HQ&apos;s &amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_hq.ui" line="80"/>
        <source>ca.pem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_hq.ui" line="87"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_hq.ui" line="98"/>
        <source>The CA certificate is pinned: from now on this workstation trusts only servers it vouches for. The code is checked by HQ when you press Set up at the end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupPostPage</name>
    <message>
        <location filename="../../ui/setup_post.ui" line="6"/>
        <source>Welcome: this workstation and its post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_post.ui" line="9"/>
        <source>A new workstation is set up in a few steps. Nothing is written until the last one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_post.ui" line="15"/>
        <source>Choose the language of the program, and say which post this workstation serves and how it is known there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_post.ui" line="27"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_post.ui" line="40"/>
        <source>&amp;Post code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_post.ui" line="50"/>
        <source>e.g. UA-PL-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_post.ui" line="60"/>
        <source>&amp;Workstation label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_post.ui" line="70"/>
        <source>e.g. Lane 3, entry booth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_post.ui" line="80"/>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupRecoveryPage</name>
    <message>
        <location filename="../../ui/setup_recovery.ui" line="6"/>
        <source>HQ&apos;s recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_recovery.ui" line="9"/>
        <source>If every password of this workstation is lost, HQ can still open its records with this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_recovery.ui" line="15"/>
        <source>Choose the recovery public key file HQ gave for this post (recovery-public.pem: an X25519 public key). HQ keeps the private half; nothing secret is in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_recovery.ui" line="27"/>
        <source>Recovery &amp;key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_recovery.ui" line="39"/>
        <source>recovery-public.pem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_recovery.ui" line="46"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_recovery.ui" line="55"/>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_recovery.ui" line="77"/>
        <source>Set up &amp;without a recovery key (if every password is lost, the records are lost)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupSettingsPage</name>
    <message>
        <location filename="../../ui/setup_settings.ui" line="6"/>
        <source>Auto-lock and work settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_settings.ui" line="9"/>
        <source>Supervisors can change these later in File ▸ Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_settings.ui" line="17"/>
        <source>&amp;Lock after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_settings.ui" line="27"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_settings.ui" line="40"/>
        <source>Default &amp;lane:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_settings.ui" line="59"/>
        <source>Without a key press or a mouse movement for this long, the workstation locks itself: the draft is saved and a password is needed again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupSummaryPage</name>
    <message>
        <location filename="../../ui/setup_summary.ui" line="6"/>
        <source>Ready to set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_summary.ui" line="9"/>
        <source>Check what will be done, then press Set up. Back changes any step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupSupervisorPage</name>
    <message>
        <location filename="../../ui/setup_supervisor.ui" line="6"/>
        <source>The first supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_supervisor.ui" line="9"/>
        <source>The supervisor adds the other operators, approves seizures and reviews the shift log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_supervisor.ui" line="17"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_supervisor.ui" line="27"/>
        <source>e.g. chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_supervisor.ui" line="37"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_supervisor.ui" line="47"/>
        <source>at least 12 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_supervisor.ui" line="57"/>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_supervisor.ui" line="76"/>
        <source>A user name has 2 to 64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;@&apos;. A password has at least 12 characters, at least 4 of them different, and is not the user name. The password unlocks the encrypted records: it cannot be read back, only reset by another supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../checkpoint/gui/setup/wizard.py" line="90"/>
        <source>Set up this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/wizard.py" line="92"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/wizard.py" line="93"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/wizard.py" line="94"/>
        <source>&amp;Set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/wizard.py" line="95"/>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/wizard.py" line="96"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/wizard.py" line="120"/>
        <source>Folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/wizard.py" line="121"/>
        <source>Post: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/wizard.py" line="122"/>
        <source>Workstation label: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/wizard.py" line="123"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/wizard.py" line="124"/>
        <source>First supervisor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/wizard.py" line="125"/>
        <source>HQ&apos;s recovery key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/wizard.py" line="126"/>
        <source>HQ&apos;s recovery key: none (if every password is lost, the records are lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/wizard.py" line="128"/>
        <source>Enrollment: now, with HQ at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/wizard.py" line="129"/>
        <source>Enrollment: later (Sync ▸ Enroll with HQ…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/wizard.py" line="130"/>
        <source>Lock after %1 minute(s) without input; default lane %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/wizard.py" line="133"/>
        <source>Language: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/wizard.py" line="136"/>
        <source>The workstation is set up already; Set up now only enrolls it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/wizard.py" line="142"/>
        <source>the system&apos;s (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/wizard.py" line="169"/>
        <source>The workstation is set up. Press Back to correct the enrollment or to choose to enroll later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/wizard.py" line="176"/>
        <location filename="../../checkpoint/gui/setup/wizard.py" line="178"/>
        <source>Setting up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/wizard.py" line="205"/>
        <source>Workstation %1 is set up in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/wizard.py" line="210"/>
        <source>Enrolled with HQ %1 as a workstation of post %2. HQ&apos;s key fingerprint is %3: HQ can confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/wizard.py" line="214"/>
        <source>Not enrolled with HQ yet: after logging in, a supervisor enrolls it (Sync ▸ Enroll with HQ…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftMenu</name>
    <message>
        <location filename="../../checkpoint/gui/review/menu.py" line="40"/>
        <source>&amp;Open shift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/menu.py" line="41"/>
        <source>&amp;Close shift and hand over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/menu.py" line="42"/>
        <source>&amp;Acknowledge handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/menu.py" line="43"/>
        <source>&amp;Review shift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/menu.py" line="45"/>
        <source>Joint &amp;operation report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/menu.py" line="46"/>
        <location filename="../../checkpoint/gui/review/menu.py" line="89"/>
        <source>Shift status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/menu.py" line="91"/>
        <source>No shift open: records are outside a shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/menu.py" line="93"/>
        <source>Shift open since %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/menu.py" line="36"/>
        <location filename="../../checkpoint/gui/review/menu.py" line="99"/>
        <location filename="../../checkpoint/gui/review/menu.py" line="102"/>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/menu.py" line="145"/>
        <source>Shift of %1 at %2, closed by %3 at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/menu.py" line="148"/>
        <source>Handover note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/menu.py" line="149"/>
        <source>Open items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/menu.py" line="150"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/menu.py" line="151"/>
        <source>Acknowledge the handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/menu.py" line="154"/>
        <source>&amp;Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/menu.py" line="188"/>
        <source>Joint operation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/review/menu.py" line="189"/>
        <source>The operation report is made: %1 linked inspection(s). It goes to HQ with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <location filename="../../checkpoint/gui/setup/pages.py" line="156"/>
        <source>Give the supervisor&apos;s user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/setup/pages.py" line="164"/>
        <source>The two passwords differ; type the password again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="415"/>
        <source>HQ refused this workstation&apos;s request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="359"/>
        <source>HQ has newer records of this workstation than it holds: the workstation was restored from an old backup (rollback). HQ has raised an alert.</source>
        <extracomment>HQ&apos;s machine codes (``hq_code`` of a refusal) → what they mean for the officer.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="362"/>
        <source>This workstation&apos;s journal differs from the one HQ has (fork). HQ has raised an alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="365"/>
        <source>Records of this workstation are missing at HQ (gap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="366"/>
        <source>HQ does not know this workstation (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="367"/>
        <source>HQ did not accept this workstation&apos;s signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="369"/>
        <source>HQ refused a request it had seen before (replay).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="370"/>
        <source>HQ refused the request&apos;s time: this workstation&apos;s clock is far off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="372"/>
        <source>Too many attempts: HQ asks to wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="373"/>
        <source>The request is larger than HQ accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="374"/>
        <source>HQ does not know this enrollment code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="375"/>
        <source>This enrollment code has already been used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="376"/>
        <source>This enrollment code has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="377"/>
        <source>This workstation is enrolled already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="388"/>
        <source>HQ refused the request (HTTP %1, %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="403"/>
        <source>The records wait here safely and the sync is retried by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="410"/>
        <source>A supervisor enrolls this workstation with a new one-time code from HQ (Sync ▸ Enroll with HQ…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="416"/>
        <source>The sync keeps retrying, but this needs HQ: call HQ&apos;s administrators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="419"/>
        <source>HQ&apos;s answer could not be trusted, so nothing from it was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="421"/>
        <source>The sync is retried; if this persists, call HQ&apos;s administrators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="429"/>
        <source>HQ refused the code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="430"/>
        <source>ask HQ for a new one-time code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="433"/>
        <source>HQ cannot be reached at that address: check the address (https://host:port) and the network, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/messages.py" line="436"/>
        <source>HQ could not be verified: its certificate is not from the CA file you chose, or its answer is not signed as it should be. Check that the CA file is the one HQ gave for this server, and the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/status_bar.py" line="45"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/status_bar.py" line="47"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/status_bar.py" line="48"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/status_bar.py" line="58"/>
        <source>Clock %1 behind HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/status_bar.py" line="59"/>
        <source>Clock %1 ahead of HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/status_bar.py" line="61"/>
        <source>This workstation&apos;s clock is %1 behind HQ&apos;s. Sync still works, but the times on new records are wrong: set the clock right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/status_bar.py" line="64"/>
        <source>This workstation&apos;s clock is %1 ahead of HQ&apos;s. Sync still works, but the times on new records are wrong: set the clock right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/status_bar.py" line="72"/>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/status_bar.py" line="75"/>
        <source>Syncing: sending %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/status_bar.py" line="76"/>
        <source>Syncing: sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/status_bar.py" line="77"/>
        <source>Syncing: receiving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/status_bar.py" line="83"/>
        <source>Offline – not enrolled with HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/status_bar.py" line="87"/>
        <source>Up to date – last sync %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/status_bar.py" line="91"/>
        <source>Offline – not synchronised with HQ yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/status_bar.py" line="92"/>
        <source>Offline – HQ cannot be reached; retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/status_bar.py" line="93"/>
        <source>Sync error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/status_bar.py" line="107"/>
        <source>A supervisor enrolls this workstation with HQ: Sync ▸ Enroll with HQ…, with the address, a one-time code and HQ&apos;s CA certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/status_bar.py" line="112"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/status_bar.py" line="113"/>
        <source>Last successful sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/status_bar.py" line="126"/>
        <source>Not yet acknowledged by HQ: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/status_bar.py" line="128"/>
        <source>refused by HQ: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/status_bar.py" line="130"/>
        <source>from HQ, set aside: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message>
        <location filename="../../checkpoint/gui/sync/status_bar.py" line="155"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/status_bar.py" line="156"/>
        <source>Stop the sync at the next safe point (Shift+F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/status_bar.py" line="195"/>
        <source>Click for details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <location filename="../../checkpoint/gui/sync/menu.py" line="113"/>
        <source>Sync with HQ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VehiclePart</name>
    <message>
        <location filename="../../ui/vehicle.ui" line="11"/>
        <source>&amp;Plate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vehicle.ui" line="24"/>
        <source>Registration &amp;country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vehicle.ui" line="34"/>
        <source>e.g. UKR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/vehicle.ui" line="57"/>
        <source>VI&amp;N:</source>
        <translation type="unfinished"></translation>
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
    <name>Watchlists</name>
    <message>
        <location filename="../../checkpoint/gui/sync/watchlist_age.py" line="46"/>
        <source>unknown</source>
        <extracomment>The line is elided past this width, so the status bar never widens the window (the whole text is in the tooltip).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/watchlist_age.py" line="49"/>
        <location filename="../../checkpoint/gui/sync/watchlist_age.py" line="55"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/watchlist_age.py" line="50"/>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/watchlist_age.py" line="61"/>
        <source>Watchlist %1 is %2 old (maximum %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/watchlist_age.py" line="64"/>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/watchlist_age.py" line="70"/>
        <source>Watchlist %1 (version %2) is %3 old; its maximum age is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkpoint/gui/sync/watchlist_age.py" line="74"/>
        <source>Screening still uses it, but it may miss what HQ listed since. Sync with HQ, or, with no link, have a supervisor import HQ&apos;s watchlist file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <location filename="../../checkpoint/gui/accounts/dialogs.py" line="44"/>
        <source>The two passwords differ; type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
