import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

/** The one wink-nlp instance of this thread (loading the model takes ~100 ms). */
export const nlp = winkNLP(model, ['sbd', 'pos']);
export const its = nlp.its;
