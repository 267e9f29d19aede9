package cashout

import (
	"context"
	"fmt"
	"time"

	"github.com/RichardKnop/machinery/v1"
	"github.com/RichardKnop/machinery/v1/tasks"
	xendit "github.com/xendit/xendit-go/v7"
	"github.com/xendit/xendit-go/v7/payout"
)

// Incentives pays the weekly completion bonus ("complete 60 trips, get
// Rp150.000") through machinery, which the growth team already used.
type Incentives struct {
	server *machinery.Server
	api    *xendit.APIClient
}

// NewIncentives registers the bonus task on a machinery server.
func NewIncentives(server *machinery.Server, api *xendit.APIClient) (*Incentives, error) {
	in := &Incentives{server: server, api: api}
	if err := server.RegisterTask("incentive.pay", in.Pay); err != nil {
		return nil, err
	}
	return in, nil
}

// Queue sends one bonus task; machinery retries it three times.
func (in *Incentives) Queue(ctx context.Context, driverID, channel, account string, amount float64, week string) error {
	sig, err := tasks.NewSignature("incentive.pay", []tasks.Arg{
		{Type: "string", Value: driverID},
		{Type: "string", Value: channel},
		{Type: "string", Value: account},
		{Type: "float64", Value: amount},
		{Type: "string", Value: week},
	})
	if err != nil {
		return err
	}
	sig.RetryCount = 3
	_, err = in.server.SendTaskWithContext(ctx, sig)
	return err
}

// Pay is the machinery task.
func (in *Incentives) Pay(driverID, channel, account string, amount float64, week string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	ref := fmt.Sprintf("bonus-%s-%s", driverID, week)
	props := payout.NewDigitalPayoutChannelProperties(account)
	req := payout.NewCreatePayoutRequest(ref, channel, *props, float32(amount), "IDR")
	key := fmt.Sprintf("%s-%d", ref, time.Now().UnixNano())
	_, _, xerr := in.api.PayoutApi.CreatePayout(ctx).IdempotencyKey(key).CreatePayoutRequest(*req).Execute() // want "\\[idempotency\\] xendit PayoutApi\\.CreatePayout is retried by machinery, which delivers the task again when the handler returns an error \\(line 48\\) with an idempotency key made anew on every attempt"
	if xerr != nil {
		return xerr
	}
	return nil
}
