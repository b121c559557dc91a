package vn.hocvuso.helpdesk.nlu.model;

import vn.hocvuso.helpdesk.text.NormalizedText;

/** One training example: a normalised question and the topic it belongs to. */
public record LabeledExample(String topic, NormalizedText text) {
}
