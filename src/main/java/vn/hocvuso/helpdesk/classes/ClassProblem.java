package vn.hocvuso.helpdesk.classes;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Why a class action was refused, with what to tell the person (problem+json). */
class ClassProblem extends ResponseStatusException {

	ClassProblem(HttpStatus status, String message) {
		super(status, message);
	}

	static ClassProblem badRequest(String message) {
		return new ClassProblem(HttpStatus.BAD_REQUEST, message);
	}

	static ClassProblem notFound() {
		return new ClassProblem(HttpStatus.NOT_FOUND, "Không có lớp học này.");
	}

	static ClassProblem forbidden() {
		return new ClassProblem(HttpStatus.FORBIDDEN,
				"Lớp này thuộc tổ dân phố khác: Đại sứ số chỉ sửa lớp của tổ mình, cán bộ phường sửa được mọi lớp.");
	}

}
