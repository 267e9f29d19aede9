// Package event: a ticketed event and its GORM repository.
package event

import "gorm.io/gorm"

// Event is a show with a number of tickets left to sell.
type Event struct {
	ID               uint
	Title            string
	AvailableTickets int
}

// Repository stores events.
type Repository interface {
	GetEventByID(id uint) (*Event, error)
	Update(e *Event) error
}

type repository struct{ db *gorm.DB }

// NewRepository returns the GORM repository.
func NewRepository(db *gorm.DB) Repository { return &repository{db: db} }

func (r *repository) GetEventByID(id uint) (*Event, error) {
	var e Event
	if err := r.db.First(&e, id).Error; err != nil {
		return nil, err
	}
	return &e, nil
}

func (r *repository) Update(e *Event) error { return r.db.Save(e).Error }
