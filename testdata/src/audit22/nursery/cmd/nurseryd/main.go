// Command nurseryd is the Little Oaks nurseries billing service.
package main

import (
	"context"
	"encoding/json"
	"log"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"strconv"
	"syscall"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/gorilla/mux"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
	amqp "github.com/rabbitmq/amqp091-go"
	"github.com/redis/go-redis/v9"
	sqclient "github.com/square/square-go-sdk/client"
	"github.com/square/square-go-sdk/option"

	"audit22/nursery/billing"
	"audit22/nursery/cards"
	"audit22/nursery/config"
	"audit22/nursery/domain"
	"audit22/nursery/frontdesk"
	"audit22/nursery/hooks"
	"audit22/nursery/jobs"
	"audit22/nursery/openbank"
	"audit22/nursery/platform"
	"audit22/nursery/store"
	"audit22/nursery/web"
)

func main() {
	cfg, err := config.Load()
	if err != nil {
		log.Fatal(err)
	}
	logger := platform.Logger("nurseryd")
	slog.SetDefault(logger)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	db, err := sqlx.Connect("pgx", cfg.DatabaseURL)
	if err != nil {
		log.Fatal(err)
	}
	pool, err := pgxpool.New(ctx, cfg.LedgerURL)
	if err != nil {
		log.Fatal(err)
	}
	rdb := redis.NewClient(&redis.Options{Addr: cfg.RedisAddr})
	conn, err := amqp.Dial(cfg.AMQPURL)
	if err != nil {
		log.Fatal(err)
	}
	defer conn.Close()
	ch, err := conn.Channel()
	if err != nil {
		log.Fatal(err)
	}

	bills := store.NewBilling(db)
	ledger := store.NewLedger(pool)
	seen := store.NewSeen(rdb)
	bus := jobs.NewBus(ch)

	gc, err := billing.NewGoCardless(cfg.GoCardlessToken)
	if err != nil {
		log.Fatal(err)
	}
	collector := billing.NewCollector(gc, bills, billing.WithLogger(logger), billing.WithReferencePrefix("LITTLEOAKS"))
	cardSvc := cards.New(cfg.StripeKey, cfg.PublicURL, cards.WithSettleWait(2*time.Minute))
	bank := openbank.NewClient(cfg.BankPayBaseURL, cfg.BankPayClientID, cfg.BankPayClientSecret,
		openbank.WithHTTPClient(platform.NewHTTPClient(20*time.Second)))
	sweeper := openbank.NewSweeper(bank, 90*time.Second)
	desk := frontdesk.New(cfg.SquareToken, ledger, cfg.FrontDeskDeviceIDs, frontdesk.WithMaxWait(cfg.TerminalWait), frontdesk.WithCurrency(cfg.DefaultCurrencyCode))
	sq := sqclient.NewClient(option.WithToken(cfg.SquareToken))

	stripeHooks := hooks.NewStripe(cfg.StripeWebhookSecret, bills, ledger, bus)
	gcHooks := hooks.NewGoCardless(bills, ledger)
	bankHooks := hooks.NewBankPay(bank, bills, seen, hooks.Mail{Addr: cfg.SMTPAddr, From: cfg.SMTPFrom})
	squareHooks := hooks.NewSquare(sq, cfg.SquareSignatureKey, cfg.SquareWebhookURL, ledger)

	r := chi.NewRouter()
	r.Use(requestLog)
	web.NewPages(cardSvc, bank, bills).Routes(r)

	r.Route("/hooks", func(h chi.Router) {
		h.With(platform.RequireHMAC(cfg.BankPayWebhookSecret)).Post("/bankpay", bankHooks.Notify) // audit: lookalike webhookverify: BankPay notifications pass the HMAC middleware on this route before Notify runs
		h.Post("/gocardless", gcHooks.Events)                                                     // want "\\[webhookverify\\] payment webhook handler gcHooks\\.Events \\(package audit22/nursery/hooks\\) mounted"
		h.Post("/square", squareHooks.Checkout)
		h.Method(http.MethodPost, "/stripe", stripeHooks)
	})

	legacy := mux.NewRouter()
	web.NewTrips(bills).Register(legacy) // want "\\[redirectfulfill\\] order fulfilled by the success-redirect handler web\\.Trips\\.Complete \\(/trips/\\{trip\\}/bookings/\\{booking\\}/complete\\),"
	r.Handle("/trips/*", legacy)

	r.Post("/staff/desk/{nursery}/charge", func(w http.ResponseWriter, req *http.Request) {
		var in struct {
			FamilyID string `json:"family_id"`
			Minor    int64  `json:"amount_minor"`
		}
		if err := json.NewDecoder(req.Body).Decode(&in); err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		co, err := desk.Take(req.Context(), chi.URLParam(req, "nursery"), in.FamilyID, in.Minor)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		_ = json.NewEncoder(w).Encode(co)
	})
	r.Get("/staff/desk/checkouts/{id}/watch", func(w http.ResponseWriter, req *http.Request) {
		w.Header().Set("Content-Type", "text/event-stream")
		fl, _ := w.(http.Flusher)
		_, err := desk.Watch(req.Context(), chi.URLParam(req, "id"), func(status string) {
			_, _ = w.Write([]byte("data: " + status + "\n\n"))
			if fl != nil {
				fl.Flush()
			}
		})
		if err != nil {
			_, _ = w.Write([]byte("event: error\ndata: " + err.Error() + "\n\n"))
		}
	})
	r.Post("/staff/extras/{id}/trip-charge", func(w http.ResponseWriter, req *http.Request) {
		e, err := bills.Extra(req.Context(), chi.URLParam(req, "id"))
		if err != nil {
			http.Error(w, "not found", http.StatusNotFound)
			return
		}
		fam, err := bills.Family(req.Context(), e.FamilyID)
		if err != nil {
			http.Error(w, "family", http.StatusInternalServerError)
			return
		}
		pi, err := cardSvc.Collect(req.Context(), fam, e)
		if err != nil {
			http.Error(w, err.Error(), http.StatusPaymentRequired)
			return
		}
		_ = bills.SetExtraStatus(req.Context(), e.ID, "paid", pi.ID)
		w.WriteHeader(http.StatusNoContent)
	})

	funding := jobs.NewFunding(bills, jobs.NewPortal(os.Getenv("FUNDING_PORTAL_URL"), os.Getenv("FUNDING_PORTAL_KEY"), platform.NewHTTPClient(30*time.Second)), fundedRate())
	sched := jobs.NewSchedule(collector, funding)
	if err := sched.Every("0 7 2 * *", "ie-vrp-sweep", 3*time.Hour, func(ctx context.Context) error {
		return sweepIreland(ctx, bills, sweeper)
	}); err != nil {
		log.Fatal(err)
	}
	if err := sched.Every("0 8 28 * *", "sundries", time.Hour, func(ctx context.Context) error {
		return chargeSundries(ctx, bills, cardSvc)
	}); err != nil {
		log.Fatal(err)
	}
	if err := sched.Start(cfg.MonthlyRunSpec, cfg.FundingSyncSpec); err != nil {
		log.Fatal(err)
	}
	defer sched.Stop()

	workers := jobs.NewWorkers(bus, cardSvc, collector, bills, jobs.MailConfig{Addr: cfg.SMTPAddr, From: cfg.SMTPFrom})
	go func() {
		if err := workers.Run(ctx); err != nil && ctx.Err() == nil {
			logger.Error("workers stopped", "err", err)
		}
	}()

	srv := &http.Server{Addr: cfg.Addr, Handler: r, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), 15*time.Second)
		defer cancel()
		_ = srv.Shutdown(shutdown)
	}()
	logger.Info("listening", "addr", cfg.Addr)
	if err := srv.ListenAndServe(); err != nil && err != http.ErrServerClosed {
		log.Fatal(err)
	}
}

func requestLog(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		next.ServeHTTP(w, r)
		slog.Info("request", "method", r.Method, "path", r.URL.Path, "took", time.Since(start))
	})
}

func fundedRate() int64 {
	n, err := strconv.ParseInt(os.Getenv("FUNDED_RATE_MINOR"), 10, 64)
	if err != nil || n <= 0 {
		return 550
	}
	return n
}

// sweepIreland collects the euro invoices over the families' VRP mandates.
func sweepIreland(ctx context.Context, bills *store.Billing, sweeper *openbank.Sweeper) error {
	period := time.Now().Format("2006-01")
	due, err := bills.DueInvoices(ctx, period)
	if err != nil {
		return err
	}
	for _, inv := range due {
		if inv.Currency != domain.EUR {
			continue
		}
		ok, err := bills.ClaimInvoice(ctx, inv.ID)
		if err != nil || !ok {
			continue
		}
		ref, err := sweeper.Collect(ctx, inv, inv.MandateID)
		if err != nil {
			slog.Error("vrp sweep", "invoice", inv.ID, "err", err)
			_ = bills.SetInvoiceStatus(ctx, inv.ID, domain.InvoiceFailed)
			continue
		}
		_ = bills.SetInvoiceRef(ctx, inv.ID, ref)
	}
	return nil
}

// chargeSundries charges each family's meals and nappies for the month.
func chargeSundries(ctx context.Context, bills *store.Billing, c *cards.Service) error {
	period := time.Now().Format("2006-01")
	due, err := bills.DueInvoices(ctx, period)
	if err != nil {
		return err
	}
	for _, inv := range due {
		fam, err := bills.Family(ctx, inv.FamilyID)
		if err != nil || fam.DefaultCardPM == "" {
			continue
		}
		if _, err := c.ChargeBundle(ctx, fam, period, inv.AmountMinor/10); err != nil {
			slog.Warn("sundries", "family", fam.ID, "err", err)
		}
	}
	return nil
}
