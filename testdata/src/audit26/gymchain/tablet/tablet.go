// Package tablet serves the door tablets (fasthttp): day passes sold at the
// front desk by Pix, card or Mercado Pago.
package tablet

import (
	"context"
	"encoding/json"
	"time"

	"github.com/valyala/fasthttp"

	"audit26/gymchain/billing"
	"audit26/gymchain/dlocal"
	"audit26/gymchain/domain"
	"audit26/gymchain/store"
)

type Server struct {
	daypasses *billing.DayPasses
	passes    *store.DayPasses
	prices    map[domain.Country]int64
}

func New(daypasses *billing.DayPasses, passes *store.DayPasses) *Server {
	return &Server{daypasses: daypasses, passes: passes, prices: map[domain.Country]int64{
		domain.Brazil: 4500, domain.Mexico: 15000, domain.Colombia: 3500000,
	}}
}

type sellRequest struct {
	PassID   string `json:"pass_id"`
	GymID    string `json:"gym_id"`
	Country  string `json:"country"`
	Name     string `json:"name"`
	Email    string `json:"email"`
	Document string `json:"document"`
	Card     string `json:"card_token"`
}

func (s *Server) Handler() fasthttp.RequestHandler {
	return func(ctx *fasthttp.RequestCtx) {
		switch string(ctx.Path()) {
		case "/daypass/pix":
			s.sellPix(ctx)
		case "/daypass/card":
			s.sellCard(ctx)
		case "/daypass/wait":
			s.wait(ctx)
		default:
			ctx.Error("not found", fasthttp.StatusNotFound)
		}
	}
}

func (s *Server) pass(req sellRequest) domain.DayPass {
	c := domain.Country(req.Country)
	return domain.DayPass{ID: req.PassID, GymID: req.GymID, Document: req.Document, Cents: s.prices[c], Currency: c.Currency(), Status: "pending"}
}

func (s *Server) sellPix(ctx *fasthttp.RequestCtx) {
	var req sellRequest
	if err := json.Unmarshal(ctx.PostBody(), &req); err != nil {
		ctx.Error("bad request", fasthttp.StatusBadRequest)
		return
	}
	c, err := s.daypasses.SellPix(context.Background(), s.pass(req), req.Name)
	if err != nil {
		ctx.Error(err.Error(), fasthttp.StatusBadGateway)
		return
	}
	out, _ := json.Marshal(map[string]string{"qr_code": c.LastTransaction.QRCode, "qr_code_url": c.LastTransaction.QRCodeURL})
	_, _ = ctx.Write(out)
}

func (s *Server) sellCard(ctx *fasthttp.RequestCtx) {
	var req sellRequest
	if err := json.Unmarshal(ctx.PostBody(), &req); err != nil {
		ctx.Error("bad request", fasthttp.StatusBadRequest)
		return
	}
	rctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	p := s.pass(req)
	var err error
	if p.Currency == "BRL" {
		_, err = s.daypasses.ChargeCard(rctx, p, req.Name, req.Card)
	} else {
		payer := dlocal.Payer{Name: req.Name, Email: req.Email, Document: req.Document}
		_, err = s.daypasses.SellCardMX(rctx, p, payer, req.Card, domain.Country(req.Country))
	}
	if err != nil {
		ctx.Error(err.Error(), 402)
		return
	}
	ctx.SetStatusCode(fasthttp.StatusOK)
}

// wait long-polls the pass row for the tablet until the Pix is paid.
func (s *Server) wait(ctx *fasthttp.RequestCtx) {
	id := string(ctx.QueryArgs().Peek("id"))
	for i := 0; i < 50; i++ {
		p, err := s.passes.Get(context.Background(), id)
		if err == nil && (p.Status == "paid" || p.Status == "failed") {
			_, _ = ctx.WriteString(p.Status)
			return
		}
		time.Sleep(500 * time.Millisecond) // audit: lookalike pollinterval: reads our own Mongo row that the background poll and webhooks update, not the provider
	}
	_, _ = ctx.WriteString("pending")
}
