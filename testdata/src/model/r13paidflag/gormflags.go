package r13paidflag

import "gorm.io/gorm"

// Bounty is a GORM model whose row carries its payout reference and amount.
type Bounty struct {
	ID          string
	HunterID    string
	RewardCents int64
	PayoutRef   string
	PaidOut     bool
}

type Bounties struct{ db *gorm.DB }

// --- recognised: Updates with the flag and the payout reference ---

func (b *Bounties) PaidOutWith(id, ref string) { // want `wrapper Bounties.PaidOutWith statewrite`
	b.db.Model(&Bounty{}).Where("id = ?", id).Updates(map[string]any{"paid_out": true, "payout_ref": ref}) // want `op statewrite paid state stored by gorm.DB.Updates$`
}

// --- recognised: Update of the flag alone, on a model carrying money ---

func (b *Bounties) MarkPaidOut(id string) { // want `wrapper Bounties.MarkPaidOut statewrite`
	b.db.Model(&Bounty{}).Where("id = ?", id).Update("paid_out", true) // want `op statewrite paid state stored by gorm.DB.Update$`
}

// --- recognised: the field set true, then Save ---

func (b *Bounties) Settle(id string) { // want `wrapper Bounties.Settle statewrite`
	var x Bounty
	b.db.Where("id = ?", id).First(&x)
	x.PaidOut = true
	b.db.Save(&x) // want `op statewrite paid state stored by gorm.DB.Save$`
}
