// Package keys finds the caller's API key record for a request.
package keys

import "gorm.io/gorm"

// APIKey is a row of the app's api_keys table.
type APIKey struct {
	ID    uint
	OrgID string
	Hash  string
}

type Store struct{ db *gorm.DB }

func (s *Store) ByHash(hash string) *APIKey {
	var k APIKey
	if s.db.Where("hash = ?", hash).First(&k).Error != nil {
		return nil
	}
	return &k
}
