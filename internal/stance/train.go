package stance

import (
	"errors"
	"math"
	"math/rand/v2"
)

// Pair is one training or test example: a claim, a body and (for training)
// the stance of the body toward the claim.
type Pair struct {
	Claim, Body string
	Label       Label
}

// Config sets the network's size and its training.
type Config struct {
	Hash, Hidden int     // hashed word buckets (0: none); hidden units
	Epochs       int     // passes over the pairs
	Rate         float64 // initial learning rate, decayed by 1/(1+epoch)
	L2           float64 // weight decay
	// ClassPower weights each label by (N / (labels x its count))^ClassPower:
	// 0 leaves the rare "disagree" nearly ignored, 1 weighs labels equally.
	ClassPower float64
	Seed       uint64
}

// DefaultConfig is the configuration the embedded model was trained with.
var DefaultConfig = Config{Hash: 0, Hidden: 48, Epochs: 12, Rate: 0.02, L2: 1e-6, ClassPower: 0.5, Seed: 20261207}

// Train fits a model to pairs; the same pairs and Config give the same
// model, bit for bit (one goroutine, fixed seed, fixed order of sums).
// progress, when not nil, is told each epoch's mean loss.
func Train(pairs []Pair, cfg Config, progress func(epoch int, loss float64)) (*Model, error) {
	if len(pairs) == 0 {
		return nil, errors.New("stance: no training pairs")
	}
	if cfg.Hidden <= 0 || cfg.Epochs <= 0 || cfg.Hash < 0 {
		return nil, errors.New("stance: the configuration needs hidden units, epochs and no negative bucket count")
	}
	m := &Model{Hash: cfg.Hash, Hidden: cfg.Hidden}
	s := NewWithModel(m)
	texts := readAll(s, pairs)
	m.IDF, m.DefaultIDF = idfOf(texts)
	for _, t := range texts {
		s.weigh(t)
	}
	feats := make([]Features, len(pairs))
	var counts [numLabels]float64
	for i, p := range pairs {
		feats[i] = s.features(texts[p.Claim], texts[p.Body], cfg.Hash)
		counts[p.Label]++
	}
	m.Mean, m.Std = standardize(feats)
	var weight [numLabels]float64
	for l := range weight {
		if counts[l] > 0 {
			weight[l] = math.Pow(float64(len(pairs))/(float64(numLabels)*counts[l]), cfg.ClassPower)
		}
	}
	rng := rand.New(rand.NewPCG(cfg.Seed, 1))
	m.init(rng)
	order := make([]int, len(pairs))
	for i := range order {
		order[i] = i
	}
	g := newGrad(m)
	for epoch := 0; epoch < cfg.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		rate := float32(cfg.Rate / (1 + float64(epoch)))
		var loss float64
		for _, i := range order {
			y := pairs[i].Label
			loss += weight[y] * g.step(m, &feats[i], y, float32(weight[y]), rate, float32(cfg.L2))
		}
		if progress != nil {
			progress(epoch, loss/float64(len(pairs)))
		}
	}
	return m, nil
}

// readAll reads each distinct text of pairs once.
func readAll(s *Scorer, pairs []Pair) map[string]*Text {
	texts := map[string]*Text{}
	for _, p := range pairs {
		for _, t := range []string{p.Claim, p.Body} {
			if texts[t] == nil {
				texts[t] = s.read(t, nil)
			}
		}
	}
	return texts
}

// idfOf is the smoothed inverse document frequency over texts; stems in a
// single text are left to the default, which keeps the table small.
func idfOf(texts map[string]*Text) (map[string]float32, float32) {
	df := map[string]int{}
	for _, t := range texts {
		for _, st := range t.types {
			df[st]++
		}
	}
	n := float64(len(texts))
	idf := map[string]float32{}
	for st, c := range df {
		if c > 1 {
			idf[st] = float32(math.Log((n+1)/float64(c+1)) + 1)
		}
	}
	return idf, float32(math.Log((n+1)/2) + 1)
}

// standardize returns each dense feature's mean and deviation (1 where a
// feature never varies).
func standardize(feats []Features) (mean, std []float32) {
	mean, std = make([]float32, numDense), make([]float32, numDense)
	for d := 0; d < numDense; d++ {
		var sum, sq float64
		for i := range feats {
			v := float64(feats[i].Dense[d])
			sum += v
			sq += v * v
		}
		mu := sum / float64(len(feats))
		sd := math.Sqrt(math.Max(0, sq/float64(len(feats))-mu*mu))
		if sd < 1e-6 {
			sd = 1
		}
		mean[d], std[d] = float32(mu), float32(sd)
	}
	return mean, std
}

// init draws the weights (Glorot-uniform) from rng.
func (m *Model) init(rng *rand.Rand) {
	draw := func(n, fanIn, fanOut int) []float32 {
		a := math.Sqrt(6 / float64(fanIn+fanOut))
		w := make([]float32, n)
		for i := range w {
			w[i] = float32((rng.Float64()*2 - 1) * a)
		}
		return w
	}
	m.W1Dense = draw(m.Hidden*numDense, numDense+m.Hash/64, m.Hidden)
	m.W1Sparse = draw(m.Hash*m.Hidden, numDense+m.Hash/64, m.Hidden)
	m.B1 = make([]float32, m.Hidden)
	m.W2 = draw(int(numLabels)*m.Hidden, m.Hidden, int(numLabels))
	m.B2 = make([]float32, numLabels)
}

// grad holds the scratch of one SGD step.
type grad struct {
	hidden, dh []float32
	x          [numDense]float32
}

func newGrad(m *Model) *grad {
	return &grad{hidden: make([]float32, m.Hidden), dh: make([]float32, m.Hidden)}
}

// step is one weighted SGD step on one pair; it returns the pair's loss.
func (g *grad) step(m *Model, f *Features, y Label, weight, rate, l2 float32) float64 {
	p := m.forward(f, g.hidden)
	loss := -math.Log(math.Max(float64(p[y]), 1e-12))
	var dz [numLabels]float32
	for l := range dz {
		dz[l] = p[l] * weight
	}
	dz[y] -= weight
	for h := range g.dh {
		g.dh[h] = 0
		if g.hidden[h] > 0 {
			for l := range dz {
				g.dh[h] += dz[l] * m.W2[l*m.Hidden+h]
			}
		}
	}
	for l := range dz {
		row := m.W2[l*m.Hidden : (l+1)*m.Hidden]
		for h, v := range g.hidden {
			row[h] -= rate * (dz[l]*v + l2*row[h])
		}
		m.B2[l] -= rate * dz[l]
	}
	for d := 0; d < numDense; d++ {
		g.x[d] = (f.Dense[d] - m.Mean[d]) / m.Std[d]
	}
	for h, d := range g.dh {
		row := m.W1Dense[h*numDense : (h+1)*numDense]
		for j, x := range g.x {
			row[j] -= rate * (d*x + l2*row[j])
		}
		m.B1[h] -= rate * d
	}
	for _, b := range f.Sparse {
		row := m.W1Sparse[int(b)*m.Hidden : int(b+1)*m.Hidden]
		for h, d := range g.dh {
			row[h] -= rate * (d*sparseValue + l2*row[h])
		}
	}
	return loss
}
