// Package readback applies a Midtrans notification only as the status
// read back from Midtrans says.
package readback

import (
	"github.com/midtrans/midtrans-go/coreapi"
	"gorm.io/gorm"

	"m19rowfield/store"
)

// Confirmer confirms a payment by its order id.
type Confirmer interface {
	Confirm(orderID string) error
}

type confirmer struct{ db *gorm.DB }

// NewConfirmer returns the confirmer on db.
func NewConfirmer(db *gorm.DB) Confirmer { return &confirmer{db: db} }

// Confirm asks Midtrans for the transaction and stores what it answers.
func (c *confirmer) Confirm(orderID string) error {
	res, merr := coreapi.CheckTransaction(orderID)
	if merr != nil {
		return merr
	}
	repo := store.NewPayments(c.db)
	p, err := repo.ByOrderRef(orderID)
	if err != nil {
		return err
	}
	if res.TransactionStatus == "settlement" {
		p.Status = "paid"
	}
	return repo.Update(&p)
}
