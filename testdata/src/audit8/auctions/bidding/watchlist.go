package bidding

import (
	"context"
	"fmt"
	"net/smtp"
)

type Watcher struct {
	Email string
	Name  string
}

type WatchStore interface {
	Watchers(ctx context.Context, lotID string) ([]Watcher, error)
}

// Outbid is consumed from the bid stream (our own Kafka topic), not a
// provider webhook.
type Outbid struct {
	LotID        string
	NewHighMinor int64
}

type Notifier struct {
	store WatchStore
	addr  string
}

func NewNotifier(store WatchStore, addr string) *Notifier { return &Notifier{store: store, addr: addr} }

// HandleOutbid tells everyone watching the lot about the new high bid.
func (n *Notifier) HandleOutbid(ctx context.Context, ev Outbid) error {
	ws, err := n.store.Watchers(ctx, ev.LotID)
	if err != nil {
		return err
	}
	for _, w := range ws {
		msg := fmt.Sprintf("Subject: New high bid on lot %s\r\n\r\nHi %s, the lot is now at %d.%02d EUR.\r\n",
			ev.LotID, w.Name, ev.NewHighMinor/100, ev.NewHighMinor%100)
		if err := smtp.SendMail(n.addr, nil, "watch@lotline.example", []string{w.Email}, []byte(msg)); err != nil {
			return err
		}
	}
	return nil
}
