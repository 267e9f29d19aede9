// Package backing turns confirmed pledges into backers: the pledge is
// recorded as held, counted toward the campaign, and the backer gets the
// perks of their reward tier (backer-only updates, the Discord role, the
// digital rewards shelf).
package backing

import (
	"context"
	"fmt"
	"time"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"

	"audit11/crowdfunding/domain"
)

// Service implements domain.Backing.
type Service struct {
	pledges   domain.PledgeStore
	campaigns domain.CampaignStore
	perks     *mongo.Collection
}

func New(p domain.PledgeStore, c domain.CampaignStore, perks *mongo.Collection) *Service {
	return &Service{pledges: p, campaigns: c, perks: perks}
}

var _ domain.Backing = (*Service)(nil)

// Confirm marks the pledge as held and unlocks the backer's perks. A
// pledge that is already confirmed is left alone.
func (s *Service) Confirm(ctx context.Context, pledgeID string) error {
	p, err := s.pledges.Get(ctx, pledgeID)
	if err != nil {
		return err
	}
	moved, err := s.pledges.TransitionStatus(ctx, p.ID, domain.PledgePending, domain.PledgeAuthorized)
	if err != nil || !moved {
		return err
	}
	if err := s.campaigns.AddRaised(ctx, p.CampaignID, p.AmountCents); err != nil {
		return fmt.Errorf("count pledge %s: %w", p.ID, err)
	}
	return s.GrantBackerAccess(ctx, p)
}

// GrantBackerAccess unlocks the reward tier's perks for the backer.
func (s *Service) GrantBackerAccess(ctx context.Context, p *domain.Pledge) error {
	_, err := s.perks.InsertOne(ctx, bson.M{
		"_id":         p.CampaignID + ":" + p.BackerID,
		"campaign_id": p.CampaignID,
		"backer_id":   p.BackerID,
		"tier":        p.RewardTier,
		"granted_at":  time.Now(),
	})
	if mongo.IsDuplicateKeyError(err) {
		return nil
	}
	return err
}

// Revoke removes the perks of a released or refunded pledge.
func (s *Service) Revoke(ctx context.Context, p *domain.Pledge) error {
	_, err := s.perks.UpdateOne(ctx, bson.M{"_id": p.CampaignID + ":" + p.BackerID},
		bson.M{"$set": bson.M{"revoked": true, "revoked_at": time.Now()}})
	return err
}
