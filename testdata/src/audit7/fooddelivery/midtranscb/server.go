// Package midtranscb serves Midtrans (Indonesia) notifications and the
// finish pages Snap redirects the customer to.
package midtranscb

import (
	"net/http"

	"github.com/jmoiron/sqlx"
	"github.com/labstack/echo/v4"
	"github.com/midtrans/midtrans-go/coreapi"
)

type Server struct {
	DB        *sqlx.DB
	ServerKey string
	Core      coreapi.Client
	Dispatch  *DispatchClient
	Outbox    chan<- string
}

func (s *Server) Routes(e *echo.Echo) {
	e.POST("/midtrans/notification", s.Notify)
	e.POST("/midtrans/notification/refund", s.NotifyRefund)
	e.POST("/midtrans/notification/gopay", s.NotifyGoPay)
	e.GET("/payment/finish", s.Finish)
	e.GET("/payment/status", s.StatusPage)
}

// DispatchClient asks the rider-dispatch service for a rider.
type DispatchClient struct {
	URL string
	HC  *http.Client
}

func (d *DispatchClient) RequestRider(orderID string) error {
	res, err := d.HC.Post(d.URL+"/v1/assignments?order="+orderID, "application/json", nil)
	if err != nil {
		return err
	}
	return res.Body.Close()
}
