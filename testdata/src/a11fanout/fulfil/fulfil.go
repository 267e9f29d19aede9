// Package fulfil books a paid order with the carrier of its country.
package fulfil

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"net/http"
)

// Carrier books one shipment.
type Carrier interface {
	Book(ctx context.Context, orderID string) (string, error)
}

// Router picks the order's carrier and books it: as slow as every carrier.
type Router struct {
	db       *sql.DB
	carriers map[string]Carrier
}

func NewRouter(db *sql.DB, carriers map[string]Carrier) *Router {
	return &Router{db: db, carriers: carriers}
}

func (r *Router) Process(ctx context.Context, orderID string) error {
	var country string
	if err := r.db.QueryRowContext(ctx, "SELECT country FROM orders WHERE id = $1", orderID).Scan(&country); err != nil {
		return err
	}
	c, ok := r.carriers[country]
	if !ok {
		return fmt.Errorf("no carrier for %s", country)
	}
	label, err := c.Book(ctx, orderID)
	if err != nil {
		return err
	}
	_, err = r.db.ExecContext(ctx, "UPDATE orders SET label = $1 WHERE id = $2", label, orderID)
	return err
}

// Queue answers at once and books in the background, on a context the
// request's end does not cancel.
type Queue struct {
	carrier Carrier
}

func NewQueue(c Carrier) *Queue { return &Queue{carrier: c} }

func (q *Queue) Process(ctx context.Context, orderID string) error {
	bg := context.WithoutCancel(ctx)
	go func() {
		_, _ = q.carrier.Book(bg, orderID)
	}()
	return nil
}

// DHL books through the carrier's REST API.
type DHL struct {
	hc   *http.Client
	base string
}

func NewDHL(hc *http.Client, base string) *DHL { return &DHL{hc: hc, base: base} }

func (d *DHL) Book(ctx context.Context, orderID string) (string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, d.base+"/shipments", bytes.NewBufferString(`{"ref":"`+orderID+`"}`))
	if err != nil {
		return "", err
	}
	res, err := d.hc.Do(req)
	if err != nil {
		return "", err
	}
	defer res.Body.Close()
	return res.Header.Get("Location"), nil
}

// Courier books a local courier by posting its form.
type Courier struct {
	url string
}

func NewCourier(url string) *Courier { return &Courier{url: url} }

func (c *Courier) Book(ctx context.Context, orderID string) (string, error) {
	res, err := http.Post(c.url, "application/x-www-form-urlencoded", bytes.NewBufferString("order="+orderID))
	if err != nil {
		return "", err
	}
	defer res.Body.Close()
	return "courier:" + orderID, nil
}
