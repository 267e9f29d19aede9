// Package store is storage only: GORM Save, Updates and Create, no HTTP
// and no payment library. Its paid-state writes must still be known to the
// handlers that call it.
package store

import "gorm.io/gorm"

type Order struct {
	ID     string
	Status string
}

type Profile struct {
	UserID   string
	Nickname string
}

type Store struct{ db *gorm.DB }

// Settle saves the order as paid.
func (s *Store) Settle(o *Order) error {
	o.Status = "paid"
	return s.db.Save(o).Error
}

// Activate writes the paid state with Updates.
func (s *Store) Activate(id string) error {
	return s.db.Model(&Order{ID: id}).Updates(map[string]any{"status": "paid"}).Error
}

// Rename saves a profile: not a payment state.
func (s *Store) Rename(p *Profile, name string) error {
	p.Nickname = name
	return s.db.Save(p).Error
}
