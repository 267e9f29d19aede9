package payment

import (
	"go/ast"
	"go/types"
	"reflect"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/paylint/paylint/analyzers/internal/config"
	"github.com/paylint/paylint/analyzers/internal/funcs"
)

// Analyzer builds the payment model of a package. It reports nothing.
var Analyzer = &analysis.Analyzer{
	Name:       "paymentmodel",
	Doc:        "builds paylint's model of payment operations (internal; reports nothing)",
	Requires:   []*analysis.Analyzer{funcs.Analyzer},
	ResultType: reflect.TypeOf((*Info)(nil)),
	FactTypes:  []analysis.Fact{(*WrapperFact)(nil), (*SendFact)(nil), (*FreshFact)(nil), (*ClientFieldFact)(nil), (*StatusParamFact)(nil), (*FieldStatusFact)(nil), (*StatusValueFact)(nil), (*IfaceStateFact)(nil), (*MongoInsertParamFact)(nil), (*StatusMapFact)(nil), (*BuiltFieldsFact)(nil), (*TerminalStateFact)(nil)},
	Run:        run,
}

// builder holds the state of one run.
type builder struct {
	writeScan *writeScan // the package's writes, for reads of them (op_reads.go)
	pass      *analysis.Pass
	cfg       *config.Config
	ix        *index
	info      *Info

	methods      []string
	paymentURLs  []string
	extraHeaders []string
	extraFields  []string
	cfgTable     []sdkFunc
	idemFuncs    []sdkFunc

	sdkCache   map[*types.Func]*sdkFunc
	freshFuncs map[*types.Func]bool
	// freshImported: functions of other packages with a FreshFact.
	freshImported map[*types.Func]bool
	// marshals: the parameter a local function returns marshalled, -1 if none.
	marshals map[*types.Func]int
	// setters: local functions that attach a key to a request parameter.
	setters map[*types.Func][]keySetter
	// settersBusy: the local functions whose setters are being worked out
	// (keys.go keySettersOf), kept when a pass sets setters aside.
	settersBusy map[*types.Func]bool
	// ctors: local functions that build and return a request.
	ctors    map[*types.Func]*SendFact
	imported map[*types.Func]*WrapperFact
	facts    map[*types.Func]*WrapperFact
	// sends and importedSends: send templates (SendFact) of functions.
	sends         map[*types.Func]*SendFact
	importedSends map[*types.Func]*SendFact
	// idParam: the parameter of the enclosing function an op's ID comes from.
	idParam map[*Op]int
	// noStatusMaps: judge a write as if status mappers' answers were
	// unknown (statusmapfrom.go).
	noStatusMaps bool
}

// newBuilder is a builder of info for pass's package with empty caches
// and no configuration (run adds the package's).
func newBuilder(pass *analysis.Pass, info *Info, insp *inspector.Inspector) *builder {
	b := &builder{
		pass:          pass,
		info:          info,
		ix:            newIndex(pass, insp),
		sdkCache:      map[*types.Func]*sdkFunc{},
		freshFuncs:    map[*types.Func]bool{},
		freshImported: map[*types.Func]bool{},
		marshals:      map[*types.Func]int{},
		setters:       map[*types.Func][]keySetter{},
		ctors:         map[*types.Func]*SendFact{},
		imported:      map[*types.Func]*WrapperFact{},
		facts:         map[*types.Func]*WrapperFact{},
		sends:         map[*types.Func]*SendFact{},
		importedSends: map[*types.Func]*SendFact{},
		idParam:       map[*Op]int{},
	}
	b.ix.ctorOf = b.requestCtor
	return b
}

func run(pass *analysis.Pass) (any, error) {
	info := &Info{Ops: map[*ast.CallExpr]*Op{}, Wrappers: map[*types.Func]*WrapperFact{}, TemplateSends: map[*types.Func]*ast.CallExpr{}, importFact: pass.ImportObjectFact}
	cfg, err := config.ForPass(pass)
	if err != nil {
		return nil, err
	}
	if pass.Pkg != nil && !InGOROOT(pass) && !Library(pass.Pkg.Path()) {
		exportStatusMaps(pass, info) // mappers of status words, wherever they live (statusmap.go)
	}
	rel := relevant(pass, cfg)
	if !rel && !makesKeys(pass) {
		return info, nil
	}
	info.Relevant = rel
	// Not inspect.Analyzer: as a requirement it would build an inspector
	// for every dependency in go vet mode, most of which return above.
	insp := inspector.New(pass.Files)
	b := newBuilder(pass, info, insp)
	b.cfg, b.methods = cfg, cfg.Methods()
	b.cfgTable, b.idemFuncs = configTable(cfg), configTable(cfg, config.KindIdempotency)
	if cfg != nil {
		b.paymentURLs = cfg.PaymentURLs
		b.extraHeaders = cfg.IdempotencyHeaders
		b.extraFields = cfg.IdempotencyFields
	}
	b.paymentURLs = append(b.paymentURLs[:len(b.paymentURLs):len(b.paymentURLs)], b.collectionResources()...) // collections.go
	b.paymentURLs = append(b.paymentURLs[:len(b.paymentURLs):len(b.paymentURLs)], b.fundingResources()...)    // funding.go

	// "/v2/collections" sent an amount (dspb_collections.go).
	b.paymentURLs = append(b.paymentURLs[:len(b.paymentURLs):len(b.paymentURLs)], b.amountCollectionResources()...)
	if !rel {
		// A key helper package (func NewKey() string { return
		// uuid.NewString() }): only its FreshFacts matter.
		b.exportFresh()
		b.exportBuiltFields() // builtfields.go
		return info, nil
	}
	b.computeSends()
	b.exportFieldStatus()      // a status column set from a field of a row parameter (fieldstatus.go)
	b.exportIfaceFieldStatus() // and on the interface method its implementations agree on (rowfield.go)
	direct := map[*ast.CallExpr]*Op{}
	for _, cs := range b.ix.calls {
		if op := b.directOp(cs); op != nil {
			direct[cs.Call] = op
		}
	}
	b.computeWrappers(direct)
	// The payment consents beside the ops (paymentconsent.go).
	b.paymentConsentOps()
	b.exportStatusValues() // statusvalue.go
	b.exportClientFields()
	b.recordFuncValues()
	b.exportFresh()
	b.exportBuiltFields() // builtfields.go
	return info, nil
}

// recordFuncValues records the wrappers of other packages that this
// package uses as values rather than calls (backoff.Retry(billing.Charge,
// b)): rules cannot import the model's facts themselves.
func (b *builder) recordFuncValues() {
	called := map[*ast.Ident]bool{}
	for _, cs := range b.ix.calls {
		switch fun := ast.Unparen(cs.Call.Fun).(type) {
		case *ast.Ident:
			called[fun] = true
		case *ast.SelectorExpr:
			called[fun.Sel] = true
		}
	}
	for id, obj := range b.pass.TypesInfo.Uses {
		fn, ok := obj.(*types.Func)
		if !ok || called[id] || fn.Pkg() == nil || fn.Pkg() == b.pass.Pkg {
			continue
		}
		fn = fn.Origin()
		if f := b.wrapperFact(fn); f != nil {
			if b.info.FuncValues == nil {
				b.info.FuncValues = map[*types.Func]*WrapperFact{}
			}
			b.info.FuncValues[fn] = f
		}
	}
}

// directOp recognises a call by itself: an HTTP send, an SDK or
// configured function, a fulfilment or a paid-state write.
func (b *builder) directOp(cs callSite) *Op {
	fn := cs.Callee
	if fn == nil {
		if e := b.funcFieldSDK(cs); e != nil { // an SDK function held in a func-typed field (funcfield.go)
			return b.sdkOp(cs.Call, e, cs.Decl)
		}
		return nil
	}
	if s := b.sendAt(cs); s != nil {
		if op := b.postgrestWriteOp(s, cs); op != nil {
			return op // a paid state PATCHed into the app's own database (postgrest.go)
		}
		if op := b.httpOp(s, cs.Decl); op != nil || s.Via == nil {
			return op
		}
	}
	if e := b.lookupSDK(fn); e != nil {
		return b.sdkOp(cs.Call, e, cs.Decl)
	}
	if e := b.fieldSDK(cs); e != nil { // an SDK client in a field of our own interface type (sdkfield.go)
		return b.sdkOp(cs.Call, e, cs.Decl)
	}
	if k := b.fulfilmentCall(fn); k != 0 {
		return &Op{Call: cs.Call, Kind: k, Desc: qualName(fn)}
	}
	if op := b.mongoInsertOp(cs); op != nil { // a paid document inserted with the mongo driver, maybe through a generic repository (mongoinsert.go)
		return op
	}
	if b.stateWriteCall(cs.Call, fn) {
		return &Op{Call: cs.Call, Kind: StateWrite, Desc: "paid state stored by " + qualName(fn), MappedFrom: b.mappedFrom(cs.Call)}
	}
	if op := b.bodyStatusOp(cs); op != nil { // the posted status stored through a row-taking helper (bodystatus.go)
		return op
	}
	if op := b.providerStatusOp(cs); op != nil { // a provider's posted status handed to GORM on its row (providerstatus.go)
		return op
	}
	if op := b.storeRecordOp(cs); op != nil { // a payment record saved whole in a store of the merchant's own (docstore.go)
		return op
	}
	return b.rowFieldOp(cs) // a paid constant on a row handed to a store writing that field (rowfield.go)
}

// setIDParam records which parameter of the enclosing function an op's
// ID comes from.
func (b *builder) setIDParam(op *Op, p int) {
	if p >= 0 {
		b.idParam[op] = p
	}
}
