// Package kitchen reads order tickets of a kitchen display API: its
// "/tickets/v1/status/{id}" reads a ticket, and nothing in the package
// writes a payment, so it is no status read.
package kitchen

import (
	"context"
	"net/http"
)

type Display struct {
	Root string
	C    *http.Client
}

func (d *Display) Ticket(ctx context.Context, id string) (*http.Response, error) {
	req, _ := http.NewRequestWithContext(ctx, "GET", d.Root+"/tickets/v1/status/"+id, nil)
	return d.C.Do(req)
}

func (d *Display) Bump(ctx context.Context, id string) (*http.Response, error) {
	req, _ := http.NewRequestWithContext(ctx, "POST", d.Root+"/tickets/v1/bump/"+id, nil)
	return d.C.Do(req)
}
