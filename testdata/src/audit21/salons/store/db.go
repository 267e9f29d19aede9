package store

import (
	"context"
	"errors"
	"fmt"

	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// ErrNotFound is returned when a row does not exist.
var ErrNotFound = errors.New("store: not found")

// Open connects to Postgres.
func Open(dsn string) (*gorm.DB, error) {
	db, err := gorm.Open(postgres.Open(dsn))
	if err != nil {
		return nil, fmt.Errorf("store: open: %w", err)
	}
	return db, nil
}

// Repo is the generic gorm repository the concrete stores embed.
type Repo[T any] struct {
	DB *gorm.DB
}

// Get loads one row by primary key.
func (r Repo[T]) Get(ctx context.Context, id any) (*T, error) {
	var v T
	if err := r.DB.WithContext(ctx).First(&v, id).Error; err != nil {
		return nil, err
	}
	return &v, nil
}

// Where loads the rows matching a condition.
func (r Repo[T]) Where(ctx context.Context, query string, args ...any) ([]T, error) {
	var out []T
	err := r.DB.WithContext(ctx).Where(query, args...).Find(&out).Error
	return out, err
}

// Create inserts a row.
func (r Repo[T]) Create(ctx context.Context, v *T) error {
	return r.DB.WithContext(ctx).Create(v).Error
}

// insertIgnore inserts v unless a row with the same unique key exists.
func insertIgnore(ctx context.Context, db *gorm.DB, v any) (bool, error) {
	res := db.WithContext(ctx).Clauses(clause.OnConflict{DoNothing: true}).Create(v)
	return res.RowsAffected == 1, res.Error
}
