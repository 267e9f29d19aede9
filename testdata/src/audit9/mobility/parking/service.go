// Package parking sells parking sessions in city zones: Mercado Pago in
// Latin America, Square in North America.
package parking

import (
	"context"
	"fmt"
	"time"

	"github.com/mercadopago/sdk-go/pkg/config"
	"github.com/mercadopago/sdk-go/pkg/payment"
	squareclient "github.com/square/square-go-sdk/client"
	"github.com/square/square-go-sdk/option"

	"audit9/mobility/domain"
)

// Gateway charges a parking session in one country.
type Gateway interface {
	Name() string
	Charge(ctx context.Context, s *domain.ParkingSession, token string) (string, error)
}

// Service starts and settles parking sessions.
type Service struct {
	store    domain.ParkingStore
	gateways map[string]Gateway
}

// NewService builds the per-country gateways.
func NewService(store domain.ParkingStore, mpToken, squareToken string) (*Service, error) {
	cfg, err := config.New(mpToken)
	if err != nil {
		return nil, err
	}
	mp := &mpGateway{payments: payment.NewClient(cfg), wait: 90 * time.Second}
	sq := &squareGateway{sq: squareclient.NewClient(option.WithToken(squareToken))}
	return &Service{store: store, gateways: map[string]Gateway{
		"AR": mp, "BR": mp, "US": sq, "CA": sq,
	}}, nil
}

// Pay charges the session and records the result.
func (s *Service) Pay(ctx context.Context, sessionID, token string) error {
	sess, err := s.store.Get(ctx, sessionID)
	if err != nil {
		return err
	}
	if sess.Status == domain.ParkingPaid {
		return nil
	}
	gw, ok := s.gateways[sess.Country]
	if !ok {
		return fmt.Errorf("parking: no gateway for %s", sess.Country)
	}
	ref, err := gw.Charge(ctx, sess, token)
	if ref != "" {
		if serr := s.store.SetProviderRef(ctx, sessionID, ref); serr != nil {
			return serr
		}
	}
	if err == ErrRejected {
		return s.store.MarkRejected(ctx, sessionID)
	}
	if err != nil {
		return err
	}
	return s.store.MarkPaid(ctx, sessionID)
}
