package service

import (
	"gorm.io/gorm"

	"example.com/realshop/internal/model"
)

// ProfileService edits profiles and addresses: no payment state.
type ProfileService struct{ db *gorm.DB }

// NewProfileService makes a ProfileService on db.
func NewProfileService(db *gorm.DB) *ProfileService { return &ProfileService{db: db} }

// Rename changes a user's nickname.
func (s *ProfileService) Rename(userID uint, name string) error {
	return s.db.Model(&model.User{ID: userID}).Update("nickname", name).Error
}

// ConfirmAddress marks an address confirmed.
func (s *ProfileService) ConfirmAddress(id uint) error {
	return s.db.Model(&model.Address{ID: id}).Update("status", "confirmed").Error
}
