// Package closing runs the auction-close jobs: for each lot whose timer
// ran out it captures the winner's card hold, or charges them off-session
// when the hold lapsed.
package closing

import (
	"context"
	"encoding/json"

	"github.com/hibiken/asynq"
)

const (
	TypeCloseLot  = "lot:close"
	TypeChargeLot = "lot:charge"
)

type lotPayload struct {
	LotID string `json:"lot_id"`
}

func NewCloseLotTask(lotID string) *asynq.Task {
	b, _ := json.Marshal(lotPayload{LotID: lotID})
	return asynq.NewTask(TypeCloseLot, b, asynq.MaxRetry(5), asynq.Queue("closing"))
}

func Register(mux *asynq.ServeMux, w *Worker) {
	mux.HandleFunc(TypeCloseLot, w.HandleCloseLot)
	mux.HandleFunc(TypeChargeLot, w.HandleChargeLot)
	mux.HandleFunc("lot:second-chance", w.HandleSecondChance)
}

func decode(t *asynq.Task) (string, error) {
	var p lotPayload
	err := json.Unmarshal(t.Payload(), &p)
	return p.LotID, err
}

// Enqueuer is called by the scheduler tick for every lot past its end.
type Enqueuer struct{ client *asynq.Client }

func (e *Enqueuer) EnqueueDue(ctx context.Context, lotIDs []string) error {
	for _, id := range lotIDs {
		if _, err := e.client.EnqueueContext(ctx, NewCloseLotTask(id)); err != nil {
			return err
		}
	}
	return nil
}
