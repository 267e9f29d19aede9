package store

import (
	"context"

	"audit12/wages/domain"

	"gorm.io/gorm"
)

// Workers reads workers and employers.
type Workers struct {
	db *gorm.DB
}

// NewWorkers returns a store on db.
func NewWorkers(db *gorm.DB) *Workers { return &Workers{db: db} }

// Worker loads a worker.
func (s *Workers) Worker(ctx context.Context, id string) (*domain.Worker, error) {
	var w domain.Worker
	if err := s.db.WithContext(ctx).First(&w, "id = ?", id).Error; err != nil {
		return nil, err
	}
	return &w, nil
}

// WorkerForAdvance loads the worker who owes an advance.
func (s *Workers) WorkerForAdvance(ctx context.Context, advanceID string) (*domain.Worker, error) {
	var adv domain.Advance
	if err := s.db.WithContext(ctx).First(&adv, "id = ?", advanceID).Error; err != nil {
		return nil, err
	}
	return s.Worker(ctx, adv.WorkerID)
}

// GrantPlan moves an employer to a subscription plan.
func (s *Workers) GrantPlan(ctx context.Context, employerID, plan string) error {
	return s.db.WithContext(ctx).Table("employers").Where("id = ?", employerID).
		Updates(map[string]any{"plan": plan, "plan_status": "active"}).Error
}
