// Package domain holds the crowdfunding platform's core types and the
// ports the services depend on.
package domain

import (
	"context"
	"errors"
	"time"
)

// PledgeStatus is where a backer's pledge stands.
type PledgeStatus string

const (
	PledgePending    PledgeStatus = "pending"    // not yet authorized
	PledgeAuthorized PledgeStatus = "authorized" // funds held until the campaign ends
	PledgeCollected  PledgeStatus = "collected"
	PledgeReleased   PledgeStatus = "released"
	PledgeRefunded   PledgeStatus = "refunded"
)

// Method is how a backer paid.
type Method string

const (
	MethodCard   Method = "card"
	MethodPayPal Method = "paypal"
	MethodUSDC   Method = "usdc"
)

// Pledge is one backer's commitment to a campaign.
type Pledge struct {
	ID          string       `db:"id"`
	CampaignID  string       `db:"campaign_id"`
	BackerID    string       `db:"backer_id"`
	BackerEmail string       `db:"backer_email"`
	AmountCents int64        `db:"amount_cents"`
	Currency    string       `db:"currency"`
	Method      Method       `db:"method"`
	ProviderRef string       `db:"provider_ref"` // PaymentIntent, PayPal order or tx hash
	CaptureRef  string       `db:"capture_ref"`
	Wallet      string       `db:"wallet"` // USDC pledges: the sender's address
	RewardTier  string       `db:"reward_tier"`
	Status      PledgeStatus `db:"status"`
	CreatedAt   time.Time    `db:"created_at"`
}

// Campaign is a creator's funding campaign.
type Campaign struct {
	ID          string `gorm:"primaryKey"`
	CreatorID   string
	GoalCents   int64
	RaisedCents int64
	EndsAt      time.Time
	State       string // live, funded, failed
}

// Creator receives the funds of a successful campaign.
type Creator struct {
	ID              string `gorm:"primaryKey"`
	StripeAccountID string
	BankAccountRef  string
	PayoutRail      string // "stripe" or "bank"
	PaidOutCents    int64
	Onboarded       bool
}

// Payout is a transfer of campaign funds to a creator.
type Payout struct {
	ID          string `gorm:"primaryKey"`
	CampaignID  string
	CreatorID   string
	AmountCents int64
	Currency    string
	Rail        string
	ProviderRef string
	Status      string // queued, submitted, paid, returned
	Attempts    int
}

var (
	ErrNotFound      = errors.New("not found")
	ErrStillPending  = errors.New("payment still pending")
	ErrPaymentFailed = errors.New("payment failed")
)

// PledgeStore persists pledges.
type PledgeStore interface {
	Get(ctx context.Context, id string) (*Pledge, error)
	ByProviderRef(ctx context.Context, ref string) (*Pledge, error)
	Insert(ctx context.Context, p *Pledge) error
	ListByCampaign(ctx context.Context, campaignID string, status PledgeStatus) ([]Pledge, error)
	SetStatus(ctx context.Context, id string, status PledgeStatus) error
	SetCaptureRef(ctx context.Context, id, captureRef string) error
	SetProviderRef(ctx context.Context, id, ref string) error
	// TransitionStatus reports whether this call moved the pledge from -> to.
	TransitionStatus(ctx context.Context, id string, from, to PledgeStatus) (bool, error)
}

// CampaignStore persists campaigns, creators and payouts.
type CampaignStore interface {
	EndedLive(ctx context.Context, now time.Time) ([]Campaign, error)
	SetState(ctx context.Context, id, state string) error
	AddRaised(ctx context.Context, id string, cents int64) error
	Creator(ctx context.Context, id string) (*Creator, error)
	SetCreatorOnboarded(ctx context.Context, id string) error
	AddPaidOut(ctx context.Context, creatorID string, cents int64) error
	Payout(ctx context.Context, id string) (*Payout, error)
	PayoutByRef(ctx context.Context, ref string) (*Payout, error)
	QueuedPayouts(ctx context.Context, limit int) ([]Payout, error)
	SavePayout(ctx context.Context, p *Payout) error
}

// Mailer sends transactional e-mail.
type Mailer interface {
	Send(ctx context.Context, to, subject, body string) error
}

// Backing turns a confirmed pledge into a backer: the pledge is recorded
// as held, counted toward the goal, and the reward tier's perks unlocked.
type Backing interface {
	Confirm(ctx context.Context, pledgeID string) error
}

// PayoutRail sends campaign funds to a creator.
type PayoutRail interface {
	Name() string
	Send(ctx context.Context, p *Payout, c *Creator) (providerRef string, err error)
}
