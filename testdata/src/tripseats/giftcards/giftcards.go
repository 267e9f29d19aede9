// Package giftcards keeps a charter company's gift cards in GORM: a
// redeemed card's balance is taken down in the statement.
package giftcards

import (
	"context"

	"gorm.io/gorm"
)

// Card is a gift card.
type Card struct {
	ID      string
	Balance float64
	Status  string
}

// Store is the gift_cards table.
type Store struct{ db *gorm.DB }

// Redeem takes the amount a payment used off the card.
func (s *Store) Redeem(ctx context.Context, id string, amount float64) error {
	return s.db.WithContext(ctx).Model(&Card{}).Where("id = ?", id).
		UpdateColumn("balance", gorm.Expr("balance - ?", amount)).Error
}

// SetBalance sets the card's balance to a value: the same on every call.
func (s *Store) SetBalance(ctx context.Context, id string, balance float64) error {
	return s.db.WithContext(ctx).Model(&Card{}).Where("id = ?", id).Update("balance", balance).Error
}
