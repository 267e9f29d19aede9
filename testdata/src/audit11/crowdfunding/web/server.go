// Package web serves the backer-facing API and pages.
package web

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/plutov/paypal/v4"
	stripe "github.com/stripe/stripe-go/v82"

	"audit11/crowdfunding/chain"
	"audit11/crowdfunding/domain"
)

// Cards is what the web layer needs from Stripe.
type Cards interface {
	AuthorizePledge(ctx context.Context, p *domain.Pledge, returnURL string) (*stripe.PaymentIntent, error)
	AuthorizeSavedCard(ctx context.Context, p *domain.Pledge, customerID, paymentMethodID string) (string, error)
	Intent(ctx context.Context, id string) (*stripe.PaymentIntent, error)
}

// PayPal is what the web layer needs from PayPal.
type PayPal interface {
	CreateOrder(ctx context.Context, p *domain.Pledge) (*paypal.Order, error)
	FollowCheckout(ctx context.Context, p *domain.Pledge, onNewOrder func(orderID string)) (*paypal.CaptureOrderResponse, error)
	Order(ctx context.Context, id string) (*paypal.Order, error)
	WaitCompleted(ctx context.Context, orderID string) (bool, error)
}

// Chain follows USDC contributions.
type Chain interface {
	AwaitConfirmations(ctx context.Context, hash common.Hash) (*types.Receipt, error)
	WaitIncluded(ctx context.Context, hash common.Hash) (*types.Receipt, error)
}

// Tips follows Lightning tips.
type Tips interface {
	Watch(ctx context.Context, t chain.Tip)
}

// Resubmitter sends returned bank payouts again.
type Resubmitter interface {
	Resubmit(ctx context.Context, p *domain.Payout, cr *domain.Creator) (string, error)
}

// Server holds the handlers' dependencies.
type Server struct {
	Pledges   domain.PledgeStore
	Campaigns domain.CampaignStore
	Backing   domain.Backing
	Cards     Cards
	PayPal    PayPal
	Chain     Chain
	Tips      Tips
	Bank      Resubmitter
	BaseURL   string
	AdminKey  string
	Log       *slog.Logger
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func (s *Server) fail(w http.ResponseWriter, msg string, err error, status int) {
	s.Log.Error(msg, "err", err)
	http.Error(w, msg, status)
}
