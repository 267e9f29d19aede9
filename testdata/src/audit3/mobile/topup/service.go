package topup

import (
	"context"
	"errors"
	"strconv"
	"time"

	"github.com/avast/retry-go/v4"
	"github.com/cenkalti/backoff/v4"
	"github.com/google/uuid"
)

type Topup struct {
	ID     string
	UserID string
	Email  string
	Phone  string
	Amount int64
	Cur    string
}

type Service struct {
	flw *FlwClient
}

func NewService(flw *FlwClient) *Service { return &Service{flw: flw} }

// MobileMoneyGhana charges an MTN/Vodafone wallet.
func (s *Service) MobileMoneyGhana(ctx context.Context, t Topup, network string) (*ChargeResponse, error) {
	var out *ChargeResponse
	err := retry.Do(func() error {
		res, err := s.flw.Charge(ctx, "mobile_money_ghana", ChargeRequest{ // want "\\[idempotency\\] topup.FlwClient.Charge \\(POST /v3/charges\\) is retried by retry.Do"
			TxRef:       "tp-" + uuid.NewString(),
			Amount:      strconv.FormatInt(t.Amount, 10),
			Currency:    "GHS",
			Email:       t.Email,
			PhoneNumber: t.Phone,
			Network:     network,
		})
		out = res
		return err // want "\\[retrystatus\\] topup.FlwClient.Charge \\(POST /v3/charges\\) is retried by retry.Do"
	}, retry.Attempts(3), retry.Context(ctx))
	return out, err
}

// MPesaKenya charges through Flutterwave's M-Pesa rail, keyed by the top-up.
func (s *Service) MPesaKenya(ctx context.Context, t Topup) (*ChargeResponse, error) {
	req := ChargeRequest{TxRef: "tp-" + t.ID, Amount: strconv.FormatInt(t.Amount, 10), Currency: "KES", Email: t.Email, PhoneNumber: t.Phone}
	var out *ChargeResponse
	err := retry.Do(func() error {
		res, err := s.flw.Charge(ctx, "mpesa", req) // want "\\[retrybackoff\\] topup.FlwClient.Charge \\(POST /v3/charges\\) is retried by retry.Do \\(line 51\\) every 200ms"
		out = res
		return err // want "\\[retrystatus\\] topup.FlwClient.Charge \\(POST /v3/charges\\) is retried by retry.Do"
	},
		retry.Attempts(5),
		retry.Delay(200*time.Millisecond),
		retry.DelayType(retry.FixedDelay),
	)
	return out, err
}

// Card charges a saved card token, keyed by the top-up, with the
// library's exponential backoff, and gives up at once on a 4xx.
func (s *Service) Card(ctx context.Context, t Topup) (*ChargeResponse, error) {
	req := ChargeRequest{TxRef: "tp-" + t.ID, Amount: strconv.FormatInt(t.Amount, 10), Currency: t.Cur, Email: t.Email}
	var out *ChargeResponse
	op := func() error {
		res, err := s.flw.Charge(ctx, "card", req)
		var se StatusError
		if errors.As(err, &se) && se.Code >= 400 && se.Code < 500 && se.Code != 429 {
			return backoff.Permanent(err)
		}
		out = res
		return err
	}
	b := backoff.WithContext(backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 4), ctx)
	return out, backoff.Retry(op, b)
}

// USSD charges a Nigerian bank account through USSD; every failure is
// retried, a 400 "invalid bank code" included.
func (s *Service) USSD(ctx context.Context, t Topup) (*ChargeResponse, error) {
	req := ChargeRequest{TxRef: "tp-" + t.ID, Amount: strconv.FormatInt(t.Amount, 10), Currency: "NGN", Email: t.Email}
	var out *ChargeResponse
	op := func() error {
		res, err := s.flw.Charge(ctx, "ussd", req)
		if err != nil { // want "\\[retrystatus\\] topup.FlwClient.Charge \\(POST /v3/charges\\) is retried by backoff.Retry"
			return err
		}
		out = res
		return nil
	}
	return out, backoff.Retry(op, backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 4))
}
