// Package members is a language school's membership service: the
// interface and its implementation side by side, as a service layer
// declares them.
package members

import (
	"context"
	"time"

	"gorm.io/gorm"
)

// Service is what other services ask of memberships.
type Service interface {
	Extend(ctx context.Context, student string, months int) error
	Align(ctx context.Context, student string, periodEnd time.Time) error
}

type membership struct {
	Student   string
	ValidTill time.Time
}

type service struct{ db *gorm.DB }

// New is the GORM-backed service.
func New(db *gorm.DB) Service { return &service{db: db} }

// Extend adds months to the membership's end.
func (s *service) Extend(ctx context.Context, student string, months int) error {
	var m membership
	if err := s.db.WithContext(ctx).First(&m, "student = ?", student).Error; err != nil {
		return err
	}
	m.ValidTill = m.ValidTill.AddDate(0, months, 0)
	return s.db.WithContext(ctx).Save(&m).Error
}

// Align sets the end to the period end the provider sent.
func (s *service) Align(ctx context.Context, student string, periodEnd time.Time) error {
	var m membership
	if err := s.db.WithContext(ctx).First(&m, "student = ?", student).Error; err != nil {
		return err
	}
	m.ValidTill = periodEnd
	return s.db.WithContext(ctx).Save(&m).Error
}
