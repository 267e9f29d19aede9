package readercheckout

import (
	"context"
	"errors"
	"time"
)

// Mirror shows a checkout's state on the customer screen: the same
// checkout is read every 500ms (screenRefresh, another file).
func (c *Client) Mirror(ctx context.Context, id string, show func(string)) error {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	tick := time.NewTicker(screenRefresh) // want `payment status polled every 500ms: the provider's limit is one poll per 2s`
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-tick.C:
		}
		co, err := c.Checkout(ctx, id)
		if err != nil {
			return err
		}
		show(co.Status)
		if co.Status != "PENDING" {
			return nil
		}
	}
}

// WaitPix holds the desk until the Pix charge is paid: the same charge is
// read every 1.5s (tabletRefresh).
func (p *PixClient) WaitPix(ctx context.Context, txid string) error {
	for round := 0; round < 120; round++ {
		cob, err := p.Cob(ctx, txid)
		if err != nil {
			return err
		}
		switch cob.Status {
		case "CONCLUIDA":
			return nil
		case "REMOVIDA_PELO_USUARIO_RECEBEDOR", "REMOVIDA_PELO_PSP":
			return errors.New("pix charge removed")
		}
		time.Sleep(tabletRefresh) // want `payment status polled every 1.5s`
	}
	return errors.New("pix charge still active")
}

// MirrorCalm: the same checkout read every 2s: silent.
func (c *Client) MirrorCalm(ctx context.Context, id string, show func(string)) error {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	tick := time.NewTicker(calmRefresh)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-tick.C:
		}
		co, err := c.Checkout(ctx, id)
		if err != nil {
			return err
		}
		show(co.Status)
		if co.Status != "PENDING" {
			return nil
		}
	}
}

// WaitPixCalm: the Pix charge read every 2s: silent.
func (p *PixClient) WaitPixCalm(ctx context.Context, txid string) error {
	for round := 0; round < 90; round++ {
		cob, err := p.Cob(ctx, txid)
		if err != nil {
			return err
		}
		if cob.Status != "ATIVA" {
			return nil
		}
		time.Sleep(calmRefresh)
	}
	return errors.New("pix charge still active")
}

// WaitReport: a sales report read every 500ms moves no money: silent.
func (c *Client) WaitReport(ctx context.Context, id string) (*Report, error) {
	for i := 0; i < 60; i++ {
		r, err := c.Report(ctx, id)
		if err != nil {
			return nil, err
		}
		if r.Status == "READY" || r.Status == "FAILED" {
			return r, nil
		}
		time.Sleep(reportRefresh)
	}
	return nil, errors.New("report not ready")
}

// Track: a parcel's tracking read every 500ms is no payment: silent.
func (p *PixClient) Track(ctx context.Context, id string) error {
	for i := 0; i < 60; i++ {
		s, err := p.Shipment(ctx, id)
		if err != nil {
			return err
		}
		if s.Status == "DELIVERED" || s.Status == "CANCELED" {
			return nil
		}
		time.Sleep(screenRefresh)
	}
	return nil
}
