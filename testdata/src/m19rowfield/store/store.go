// Package store keeps payments with GORM behind repository interfaces
// built on whatever handle they are given (a transaction too).
package store

import "gorm.io/gorm"

// Payment is the shop's payment row.
type Payment struct {
	ID       uint
	OrderRef string
	Method   string
	Status   string
}

// Payments keeps payment rows.
type Payments interface {
	ByOrderRef(ref string) (Payment, error)
	Update(p *Payment) error
}

type payments struct{ db *gorm.DB }

// NewPayments returns the repository on db.
func NewPayments(db *gorm.DB) Payments { return &payments{db: db} }

func (r *payments) ByOrderRef(ref string) (Payment, error) {
	var p Payment
	err := r.db.Where("order_ref = ?", ref).First(&p).Error
	return p, err
}

// Update writes the row whole.
func (r *payments) Update(p *Payment) error { return r.db.Save(p).Error }

// Drafts keeps the checkout page's drafts.
type Drafts interface {
	Keep(p *Payment) error
}

type drafts struct{ db *gorm.DB }

// NewDrafts returns the draft keeper.
func NewDrafts(db *gorm.DB) Drafts { return &drafts{db: db} }

// Keep writes only the chosen method of the draft.
func (d *drafts) Keep(p *Payment) error {
	return d.db.Model(p).Update("method", p.Method).Error
}
