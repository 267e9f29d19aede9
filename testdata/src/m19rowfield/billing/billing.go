// Package billing applies Midtrans notifications to payments, inside a
// transaction, through the store's repositories.
package billing

import (
	"gorm.io/gorm"

	"m19rowfield/store"
)

// Notice is the part of Midtrans's notification the shop reads.
type Notice struct {
	OrderID           string `json:"order_id"`
	TransactionStatus string `json:"transaction_status"`
	FraudStatus       string `json:"fraud_status"`
	StatusCode        string `json:"status_code"`
	GrossAmount       string `json:"gross_amount"`
	SignatureKey      string `json:"signature_key"`
	PaymentType       string `json:"payment_type"`
}

// Settler applies a notification.
type Settler interface {
	Settle(n Notice) error
}

type settler struct{ db *gorm.DB }

// NewSettler returns the settler on db.
func NewSettler(db *gorm.DB) Settler { return &settler{db: db} }

// Settle marks the payment from the posted transaction status.
func (s *settler) Settle(n Notice) error {
	return s.db.Transaction(func(tx *gorm.DB) error {
		repo := store.NewPayments(tx)
		p, err := repo.ByOrderRef(n.OrderID)
		if err != nil {
			return err
		}
		p.Method = n.PaymentType
		if n.TransactionStatus == "settlement" || n.TransactionStatus == "capture" && n.FraudStatus == "accept" {
			p.Status = "paid"
		} else if n.TransactionStatus == "expire" || n.TransactionStatus == "cancel" {
			p.Status = "failed"
		}
		return repo.Update(&p)
	})
}

// Drafter remembers the method a buyer picked.
type Drafter interface {
	Remember(n Notice) error
}

type drafter struct{ db *gorm.DB }

// NewDrafter returns the drafter on db.
func NewDrafter(db *gorm.DB) Drafter { return &drafter{db: db} }

// Remember keeps the method only; the status field it sets is never
// written by the draft keeper.
func (d *drafter) Remember(n Notice) error {
	keep := store.NewDrafts(d.db)
	p := store.Payment{OrderRef: n.OrderID, Method: n.PaymentType}
	if n.TransactionStatus == "settlement" {
		p.Status = "paid"
	}
	return keep.Keep(&p)
}
