"""The GUI of offence cases, seizures and referrals: printed protocols (Qt's PDF writer);
the case and referral dialogs follow the inspection form's refactor."""
