package fiatpayout

import (
	"bufio"
	"context"
	"log"
	"net"
	"time"

	"github.com/cenkalti/backoff/v4"
)

// Quotes streams order-book updates from the liquidity provider. The
// reconnect loop below is not a payment retry.
type Quotes struct {
	Addr    string
	Updates chan<- string
}

// Run reconnects forever with a short constant pause.
func (q *Quotes) Run(ctx context.Context) {
	for ctx.Err() == nil {
		conn, err := net.Dial("tcp", q.Addr)
		if err != nil {
			log.Printf("quotes: dial: %v", err)
			time.Sleep(100 * time.Millisecond)
			continue
		}
		sc := bufio.NewScanner(conn)
		for sc.Scan() {
			q.Updates <- sc.Text()
		}
		conn.Close()
		time.Sleep(100 * time.Millisecond)
	}
}

// Subscribe retries the subscription handshake with a constant backoff.
func (q *Quotes) Subscribe(conn net.Conn, pairs string) error {
	op := func() error {
		_, err := conn.Write([]byte(`{"op":"subscribe","args":["` + pairs + `"]}` + "\n"))
		return err
	}
	return backoff.Retry(op, backoff.WithMaxRetries(backoff.NewConstantBackOff(50*time.Millisecond), 20))
}
