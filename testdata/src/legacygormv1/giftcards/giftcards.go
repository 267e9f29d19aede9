// Package giftcards keeps the shop's gift cards in GORM v1.
package giftcards

import (
	"github.com/jinzhu/gorm"

	"legacygormv1/models"
)

// Store spends and tops up gift cards.
type Store struct{ DB *gorm.DB }

// Spend takes amount off the card in the statement.
func (s *Store) Spend(code string, amount int64) error {
	return s.DB.Model(&models.GiftCard{}).Where("code = ?", code).
		UpdateColumn("balance", gorm.Expr("balance - ?", amount)).Error
}

// Reset sets the card's balance to a value.
func (s *Store) Reset(code string, amount int64) error {
	return s.DB.Model(&models.GiftCard{}).Where("code = ?", code).Update("balance", amount).Error
}
