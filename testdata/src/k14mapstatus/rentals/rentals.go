// Package rentals stores bike rentals with GORM: every column change goes
// through one patch helper that hands a map to Updates.
package rentals

import "gorm.io/gorm"

// State is a rental's lifecycle state.
type State string

// The states a rental goes through.
const (
	Reserved State = "reserved"
	Paid     State = "paid"
	Voided   State = "void"
)

// Rental is one bike hire.
type Rental struct {
	ID    string
	State State
	Note  string
}

// RentalEvent is the audit trail of a rental.
type RentalEvent struct {
	RentalID string
	State    State
}

// Store is the rentals table.
type Store struct{ db *gorm.DB }

// Repo is what the leasing use case needs of the store, inside a transaction or not.
type Repo interface {
	SetState(id string, st State) error
	Annotate(id, note string) error
	Trail(id string, st State) error
	InTx(fn func(tx Repo) error) error
}

var _ Repo = (*Store)(nil)

// SetState stores st as the rental's state, through the map patch.
func (s *Store) SetState(id string, st State) error {
	return s.patch(id, map[string]interface{}{"state": string(st)})
}

// Annotate stores a free-text note: no state.
func (s *Store) Annotate(id, note string) error {
	return s.patch(id, map[string]interface{}{"note": note})
}

// Trail appends the state to the audit trail, a log of the rental.
func (s *Store) Trail(id string, st State) error {
	return s.db.Model(&RentalEvent{}).Where("rental_id = ?", id).Updates(map[string]interface{}{"state": st}).Error
}

// InTx runs fn in one database transaction.
func (s *Store) InTx(fn func(tx Repo) error) error {
	return s.db.Transaction(func(tx *gorm.DB) error { return fn(&Store{db: tx}) })
}

func (s *Store) patch(id string, cols map[string]interface{}) error {
	return s.db.Model(&Rental{}).Where("id = ?", id).Updates(cols).Error
}
