package cardhooks

import (
	"context"
	"fmt"
	"net/http"
	"strings"
)

// SupplierClient is the bed bank's reservation API.
type SupplierClient struct {
	Base string
	HTTP *http.Client
}

func (s *SupplierClient) ConfirmReservation(ctx context.Context, bookingRef string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.Base+"/reservations/"+bookingRef+"/confirm", strings.NewReader("{}"))
	if err != nil {
		return err
	}
	resp, err := s.HTTP.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("supplier confirm %s: %s", bookingRef, resp.Status)
	}
	return nil
}
